from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_heating_allowance_bim_income_to_check(Variable):
    """A BIM household above the category 2 ceiling: sources differ on whether BIM alone is enough."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "BIM household above the income ceiling"

    def formula(household, period):
        """Some CPAS require BIM households to stay under the category 2 ceiling too, older sources grant category 1 on BIM alone."""
        return household("is_heating_allowance_bim", period) * ~household("is_heating_allowance_income_below_ceiling", period)
