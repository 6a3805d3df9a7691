from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class is_single_parent(Variable):
    """The respondent lives with dependent children and without a partner."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Single-parent household"

    def formula(household, period):
        """A single-parent household has dependent children and no spouse or partner."""
        return (household("children", period) > 0) * (household("living_with", period) != LivingWith.partner)
