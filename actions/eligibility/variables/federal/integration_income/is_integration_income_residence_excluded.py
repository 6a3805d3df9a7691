from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_integration_income_residence_excluded(Variable):
    """The respondent's residence status gives no right to the integration income."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Asylum seeker or without papers"
    reference = "https://cpas1200.be/fr/centre-public-action-sociale/faq/"

    def formula(household, period):
        """Only Belgians, refugees, stateless persons, registered foreigners and EU citizens with conditions may claim it."""
        return ~household("is_legally_resident", period)
