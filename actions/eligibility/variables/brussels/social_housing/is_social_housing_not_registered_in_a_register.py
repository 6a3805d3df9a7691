from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus
from actions.eligibility.enums import LivingWith


class is_social_housing_not_registered_in_a_register(Variable):
    """The respondent lives alone without papers: no adult of the household is in a Belgian register."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "No adult in a Belgian register"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period):
        """At least one adult of the household must be registered in a Belgian population or foreigners register."""
        no_papers = household("residence_status", period) == ResidenceStatus.no_papers
        return no_papers * (household("living_with", period) == LivingWith.alone)
