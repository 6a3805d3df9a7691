from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_social_housing_income_above_ceiling(Variable):
    """The household's income is clearly above even the highest social-housing ceiling of any housing company."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household's income is clearly above even the highest social-housing ceiling of any housing company"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period, parameters):
        """An income above the ceiling of the household's composition excludes registration, even with the higher ceiling some companies apply."""
        below, near = ceiling_position(
            household("annual_taxable_income", period),
            household("social_housing_highest_income_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return ~below * ~near
