from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith
from openfisca_core.indexed_enums import Enum


class living_with(Variable):
    """Who the respondent lives with (contract field living_with)."""

    value_type = Enum
    possible_values = LivingWith
    default_value = LivingWith.alone
    entity = Household
    definition_period = DAY
    label = "Who the respondent lives with (contract field living_with)."
