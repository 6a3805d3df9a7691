from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class is_heating_allowance_bim_without_income_test(Variable):
    """A BIM household of one person, or of a couple and their children, where everyone has BIM: category 1 without the income test."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "A BIM household of one person, or of a couple and their children, where everyone has BIM: category 1 without the income test"
    reference = "https://primabook.mi-is.be/nl/energie/sociaal-mazoutfonds"

    def formula(household, period):
        """A BIM household must also be under the category 2 income ceiling, except a single-person household and a household where everyone has BIM (BIM covers the partner and dependants)."""
        living_with = household("living_with", period)
        everyone_bim = (living_with == LivingWith.alone) + (living_with == LivingWith.partner)
        return household("is_heating_allowance_bim", period) * everyone_bim
