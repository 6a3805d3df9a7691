from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class annual_taxable_income(Variable):
    """Estimated annual gross taxable household income, the income most Belgian ceilings use."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Estimated annual gross taxable household income (see actions/eligibility/income.py)"

    def formula(household, period, parameters):
        """Taxable income is estimated from net income with the documented conversion factor."""
        return household("annual_net_income", period) * parameters(period).income.net_to_taxable_factor
