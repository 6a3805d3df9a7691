from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_heating_allowance_income_above_ceiling(Variable):
    """The household's annual taxable income is clearly above the category 2 ceiling, even with the partner as a dependant."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income clearly above the heating allowance ceiling"
    reference = "https://cpasconnect.be/actualites/actualite/720858527752530596"

    def formula(household, period, parameters):
        """An income above the category 2 ceiling excludes the low-income category."""
        below, near = ceiling_position(
            household("annual_taxable_income", period),
            household("heating_allowance_upper_income_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return ~below * ~near
