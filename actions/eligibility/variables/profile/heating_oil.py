from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class heating_oil(Variable):
    """The household heats with heating oil, lamp oil or bulk propane (contract field heating_oil)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household heats with heating oil, lamp oil or bulk propane (contract field heating_oil)."
