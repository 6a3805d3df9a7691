from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class disability(Variable):
    """A recognised disability or a health problem that strongly limits work or daily life (contract field disability)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "A recognised disability or a health problem that strongly limits work or daily life (contract field disability)."
