from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_rent_allowance_income_below_ceiling(Variable):
    """The household's annual income is clearly below its rent-allowance ceiling."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income clearly below the rent allowance ceiling"
    reference = "https://www.slrb-bghm.brussels/nl/huurder-worden/toelages-hulp-en-alternatieven"

    def formula(household, period, parameters):
        """The joint taxable income of the adults (year N-3) must not exceed the ceiling of the category."""
        below, _ = ceiling_position(
            household("annual_taxable_income", period),
            household("rent_allowance_income_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return below
