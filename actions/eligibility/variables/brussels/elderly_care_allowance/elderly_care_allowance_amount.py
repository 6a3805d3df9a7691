from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class elderly_care_allowance_amount(Variable):
    """Highest monthly APA, as an upper bound, when the household may be entitled."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Highest monthly APA, as an upper bound, when the household may be entitled"
    reference = "https://www.rtbf.be/info/regions/detail_bruxelles-l-allocation-d-aide-aux-personnes-agees-desormais-accessible-a-tous-les-65-independamment-de-leur-nationalite?id=10665396"

    def formula(household, period, parameters):
        """The APA depends on the degree of autonomy and income, up to its highest amount."""
        maximum = parameters(period).brussels.elderly_care_allowance.maximum_monthly_amount
        return maximum * household("is_elderly_care_allowance_eligible", period)
