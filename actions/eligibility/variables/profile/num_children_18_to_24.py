from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class num_children_18_to_24(Variable):
    """Number of the household's children aged 18 to 24 (from contract field children_ages)."""

    value_type = int
    entity = Household
    definition_period = DAY
    label = "Number of the household's children aged 18 to 24 (from contract field children_ages)."
