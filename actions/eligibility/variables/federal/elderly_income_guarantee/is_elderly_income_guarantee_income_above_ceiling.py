from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_elderly_income_guarantee_income_above_ceiling(Variable):
    """The household's monthly income is clearly above the GRAPA of its rate."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household's monthly income is clearly above the GRAPA of its rate"
    reference = "https://wikiwiph.aviq.be/Pages/Garantie-de-revenus-aux-personnes-%C3%A2g%C3%A9es-(GRAPA).aspx"

    def formula(household, period):
        """Resources above the guaranteed amount exclude GRAPA."""
        return ~household("is_elderly_income_guarantee_income_below_ceiling", period) * ~household("is_elderly_income_guarantee_income_near_ceiling", period)
