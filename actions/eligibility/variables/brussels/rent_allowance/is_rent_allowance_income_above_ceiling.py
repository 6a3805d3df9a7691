from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_rent_allowance_income_above_ceiling(Variable):
    """The household's annual income is clearly above its rent-allowance ceiling."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income clearly above the rent allowance ceiling"
    reference = "https://www.slrb-bghm.brussels/nl/huurder-worden/toelages-hulp-en-alternatieven"

    def formula(household, period):
        """An income above the ceiling of the category excludes the rent allowance."""
        return ~household("is_rent_allowance_income_below_ceiling", period) * ~household("is_rent_allowance_income_near_ceiling", period)
