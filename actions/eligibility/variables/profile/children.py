from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class children(Variable):
    """Number of dependent children living with the respondent (contract field children)."""

    value_type = int
    entity = Household
    definition_period = DAY
    label = "Number of dependent children living with the respondent (contract field children)."
