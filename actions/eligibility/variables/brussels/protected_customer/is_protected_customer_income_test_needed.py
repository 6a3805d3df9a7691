from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_protected_customer_income_test_needed(Variable):
    """The household would need the income test of the CPAS or Brugel, whose ceilings were not found."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household would need the income test of the CPAS or Brugel, whose ceilings were not found"

    def formula(household, period):
        """Other households in payment difficulty can be protected after an income test by the CPAS or Brugel."""
        return household("is_protected_customer_eligible", period) * ~household("is_protected_customer_social_tariff_beneficiary", period)
