from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import Commune
from openfisca_core.indexed_enums import Enum


class commune(Variable):
    """The commune where the household lives (contract field commune)."""

    value_type = Enum
    possible_values = Commune
    default_value = Commune.bruxelles
    entity = Household
    definition_period = DAY
    label = "The commune where the household lives (contract field commune)."
