import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class elderly_income_guarantee_amount(Variable):
    """Monthly GRAPA the household may receive: the amount of its rate minus its resources."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Monthly GRAPA the household may receive: the amount of its rate minus its resources"
    reference = "https://wikiwiph.aviq.be/Pages/Garantie-de-revenus-aux-personnes-%C3%A2g%C3%A9es-(GRAPA).aspx"

    def formula(household, period):
        """GRAPA is the guaranteed amount minus the resources taken into account."""
        gap = household("elderly_income_guarantee_monthly_ceiling", period) - household("monthly_income", period)
        return numpy.maximum(gap, 0) * household("is_elderly_income_guarantee_eligible", period)
