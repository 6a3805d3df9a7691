from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import Housing
from openfisca_core.indexed_enums import Enum


class housing(Variable):
    """The household's housing situation (contract field housing)."""

    value_type = Enum
    possible_values = Housing
    default_value = Housing.private_rent
    entity = Household
    definition_period = DAY
    label = "The household's housing situation (contract field housing)."
