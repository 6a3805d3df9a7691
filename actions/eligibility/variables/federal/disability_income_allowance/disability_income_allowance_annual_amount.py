import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class disability_income_allowance_annual_amount(Variable):
    """Annual maximum income replacement allowance of the household's category."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Annual maximum income replacement allowance of the household's category"

    def formula(household, period, parameters):
        """The ARR maximum depends on the category: family in charge (C), single person (B) or cohabitant (A)."""
        amount = parameters(period).federal.disability_income_allowance.amount
        return numpy.select(
            [household("children", period) > 0, household("living_with", period) == LivingWith.alone],
            [amount.family, amount.single],
            default=amount.cohabitant,
        )
