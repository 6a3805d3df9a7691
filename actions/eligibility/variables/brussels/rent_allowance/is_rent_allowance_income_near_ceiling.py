from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_rent_allowance_income_near_ceiling(Variable):
    """The household's annual income is close to its rent-allowance ceiling."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income near the rent allowance ceiling"
    reference = "https://www.slrb-bghm.brussels/nl/huurder-worden/toelages-hulp-en-alternatieven"

    def formula(household, period, parameters):
        """Close to the ceiling only Bruxelles Logement can tell, from the income of year N-3."""
        _, near = ceiling_position(
            household("annual_taxable_income", period),
            household("rent_allowance_income_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return near
