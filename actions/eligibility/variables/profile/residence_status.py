from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus
from openfisca_core.indexed_enums import Enum


class residence_status(Variable):
    """The respondent's residence status (contract field residence_status)."""

    value_type = Enum
    possible_values = ResidenceStatus
    default_value = ResidenceStatus.belgian
    entity = Household
    definition_period = DAY
    label = "The respondent's residence status (contract field residence_status)."
