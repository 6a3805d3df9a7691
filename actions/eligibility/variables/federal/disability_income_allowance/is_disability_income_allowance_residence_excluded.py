from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_disability_income_allowance_residence_excluded(Variable):
    """The respondent is an asylum seeker or has no papers."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is an asylum seeker or has no papers"
    reference = "https://handicap.belgium.be/fr/nos-services/allocation-integration.htm"

    def formula(household, period):
        """The ARR requires registration in the population register (or the foreigners register with conditions) and residence in Belgium."""
        return ~household("is_legally_resident", period)
