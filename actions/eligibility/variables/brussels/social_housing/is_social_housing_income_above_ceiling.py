from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_social_housing_income_above_ceiling(Variable):
    """The household's income is clearly above even its higher social-housing ceiling."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income clearly above the social housing ceiling"

    def formula(household, period, parameters):
        """An income above the ceiling of the household's composition excludes registration."""
        below, near = ceiling_position(
            household("annual_taxable_income", period),
            household("social_housing_upper_income_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return ~below * ~near
