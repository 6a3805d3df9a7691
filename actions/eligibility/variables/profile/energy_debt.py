from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class energy_debt(Variable):
    """The household has trouble paying gas or electricity bills (contract field energy_debt)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household has trouble paying gas or electricity bills (contract field energy_debt)."
