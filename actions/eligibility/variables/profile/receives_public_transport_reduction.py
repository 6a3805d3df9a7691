from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class receives_public_transport_reduction(Variable):
    """The household already receives public_transport_reduction (contract field benefits)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household already receives public_transport_reduction (contract field benefits)."
