from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class age(Variable):
    """Age of the respondent in years (contract field age)."""

    value_type = int
    entity = Household
    definition_period = DAY
    label = "Age of the respondent in years (contract field age)."
