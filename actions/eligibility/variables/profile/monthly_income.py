from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class monthly_income(Variable):
    """Total net income of the household per month, in euros (contract field monthly_income)."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Total net income of the household per month, in euros (contract field monthly_income)."
