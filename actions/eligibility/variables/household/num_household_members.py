from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class num_household_members(Variable):
    """Members of the household in the sense of most income tests: respondent, partner, dependent children."""

    value_type = int
    entity = Household
    definition_period = DAY
    label = "Respondent, partner and dependent children"

    def formula(household, period):
        """Income-tested households are the beneficiary, the partner and their dependants."""
        return household("num_adults", period) + household("children", period)
