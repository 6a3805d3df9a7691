from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class owns_property(Variable):
    """The household owns a house, flat or land (contract field owns_property)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household owns a house, flat or land (contract field owns_property)."
