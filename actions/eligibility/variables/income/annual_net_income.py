from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class annual_net_income(Variable):
    """Annual net household income: the monthly net income the person gives, over a year."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Annual net household income (conversion module, see actions/eligibility/income.py)"

    def formula(household, period, parameters):
        """A year of income is the monthly income times the months of a year."""
        return household("monthly_income", period) * parameters(period).income.months_per_year
