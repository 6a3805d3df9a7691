from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class integration_allowance_amount(Variable):
    """Monthly integration allowance of the highest category, as an upper bound, when the household may be entitled."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Monthly integration allowance of the highest category, as an upper bound, when the household may be entitled"
    reference = "https://mes-aides-financieres.be/handicap/allocation-dintegration"

    def formula(household, period, parameters):
        """The integration allowance depends on the category of autonomy, at most category V."""
        maximum = parameters(period).federal.integration_allowance.maximum_monthly_amount
        return maximum * household("is_integration_allowance_eligible", period)
