from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class num_adults(Variable):
    """Adults of the household whose income counts everywhere: the respondent and a partner."""

    value_type = int
    entity = Household
    definition_period = DAY
    label = "Respondent plus partner"

    def formula(household, period):
        """A spouse or partner is always part of the household whose income is tested."""
        return 1 + (household("living_with", period) == LivingWith.partner)
