from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class num_children_under_12(Variable):
    """Number of the household's children aged 0 to 11 (from contract field children_ages)."""

    value_type = int
    entity = Household
    definition_period = DAY
    label = "Number of the household's children aged 0 to 11 (from contract field children_ages)."
