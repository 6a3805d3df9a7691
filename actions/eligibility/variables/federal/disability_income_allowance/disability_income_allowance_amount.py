from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class disability_income_allowance_amount(Variable):
    """Annual maximum ARR of the household's category, when the household may be entitled."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Annual maximum ARR of the household's category, when the household may be entitled"
    reference = "https://handicap.belgium.be/fr/nos-services/allocation-integration.htm"

    def formula(household, period):
        """The ARR is at most the amount of the category, reduced by income."""
        return household("disability_income_allowance_annual_amount", period) * household("is_disability_income_allowance_eligible", period)
