from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_equivalent_social_aid_residence_covered(Variable):
    """The respondent is an EU citizen or holds a residence permit, who may be refused the integration income by registration."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is an EU citizen or holds a residence permit, who may be refused the integration income by registration"
    reference = "https://bruxelles-j.be/?p=185"

    def formula(household, period):
        """Foreigners not in the population register (and some EU citizens) who cannot get the integration income may get equivalent social aid from the CPAS."""
        status = household("residence_status", period)
        return (status == ResidenceStatus.eu) + (status == ResidenceStatus.residence_permit)
