from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_disability_income_allowance_no_disability(Variable):
    """The respondent reports no disability nor health problem limiting work."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent reports no disability nor health problem limiting work"
    reference = "https://handicap.belgium.be/fr/nos-services/allocation-integration.htm"

    def formula(household, period):
        """The ARR requires a disability that reduces earning capacity to a third or less."""
        return ~household("disability", period)
