from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class health_insurance(Variable):
    """The respondent is affiliated to a mutuality (contract field health_insurance)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is affiliated to a mutuality (contract field health_insurance)."
