from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_elderly_income_guarantee_income_near_ceiling(Variable):
    """The household's monthly income is close to the GRAPA of its rate."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household's monthly income is close to the GRAPA of its rate"
    reference = "https://wikiwiph.aviq.be/Pages/Garantie-de-revenus-aux-personnes-%C3%A2g%C3%A9es-(GRAPA).aspx"

    def formula(household, period, parameters):
        """GRAPA tops resources up to the guaranteed amount, after a means test that counts pensions at 90 %."""
        position = ceiling_position(
            household("monthly_income", period),
            household("elderly_income_guarantee_monthly_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return position[1]
