from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_disability_income_allowance_income_above_ceiling(Variable):
    """The household's estimated taxable income is clearly above the ARR maximum of its category."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household's estimated taxable income is clearly above the ARR maximum of its category"

    def formula(household, period, parameters):
        """The ARR is reduced by the income of the person and the partner, so an income clearly above the maximum leaves nothing."""
        below, near = ceiling_position(
            household("annual_taxable_income", period),
            household("disability_income_allowance_annual_amount", period),
            parameters(period).income.ceiling_margin,
        )
        return ~below * ~near
