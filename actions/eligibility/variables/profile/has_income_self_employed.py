from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class has_income_self_employed(Variable):
    """The household has income of source 'self_employed' (contract field income_sources)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household has income of source 'self_employed' (contract field income_sources)."
