from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class has_income_work(Variable):
    """The household has income of source 'work' (contract field income_sources)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household has income of source 'work' (contract field income_sources)."
