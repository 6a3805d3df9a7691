from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_heating_allowance_income_below_ceiling(Variable):
    """The household's annual taxable income is clearly below the category 2 ceiling."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income clearly below the heating allowance ceiling"
    reference = "https://cpasconnect.be/actualites/actualite/720858527752530596"

    def formula(household, period, parameters):
        """Category 2 is for households whose gross taxable income is under the ceiling raised per dependant."""
        below, _ = ceiling_position(
            household("annual_taxable_income", period),
            household("heating_allowance_lower_income_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return below
