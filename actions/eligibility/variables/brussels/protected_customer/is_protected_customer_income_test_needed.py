from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_protected_customer_income_test_needed(Variable):
    """The household would need the income test of Brugel, whose ceilings were not found."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household would need the income test of Brugel, whose ceilings were not found"
    reference = "https://www.brugel.brussels/nl_BE/themes/zich-beschermen-tegen-een-afsluiting-9/wie-kan-genieten-van-het-statuut-van-beschermde-klant-24"

    def formula(household, period):
        """Households without the social tariff or BIM can be protected after an income test by Brugel, whose current ceilings were not found."""
        return household("is_protected_customer_eligible", period) * ~household("is_protected_customer_social_tariff_beneficiary", period)
