from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class student(Variable):
    """The respondent is in secondary school or higher education (contract field student)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is in secondary school or higher education (contract field student)."
