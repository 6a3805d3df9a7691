from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_integration_income_residence_to_check(Variable):
    """The respondent is an EU citizen or holds a residence permit: the CPAS checks the conditions."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "EU citizen or residence permit"
    reference = "https://cpas1200.be/fr/centre-public-action-sociale/faq/"

    def formula(household, period):
        """EU citizens (with conditions) and foreigners registered in the population register may claim; others get equivalent aid."""
        status = household("residence_status", period)
        return (status == ResidenceStatus.eu) + (status == ResidenceStatus.residence_permit)
