from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus
from actions.eligibility.enums import LivingWith


class is_social_housing_register_to_check(Variable):
    """The respondent is an asylum seeker, or without papers but living with others who may be registered."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Registration in a Belgian register to check"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period):
        """At least one adult of the household must be registered in a Belgian population or foreigners register."""
        status = household("residence_status", period)
        return (status == ResidenceStatus.asylum_seeker) + (
            (status == ResidenceStatus.no_papers) * (household("living_with", period) != LivingWith.alone)
        )
