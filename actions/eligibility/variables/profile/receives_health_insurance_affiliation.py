from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class receives_health_insurance_affiliation(Variable):
    """The household already receives health_insurance_affiliation (contract field benefits)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household already receives health_insurance_affiliation (contract field benefits)."
