from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class receives_elderly_income_guarantee(Variable):
    """The household already receives elderly_income_guarantee (contract field benefits)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household already receives elderly_income_guarantee (contract field benefits)."
