from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class heating_allowance_upper_income_ceiling(Variable):
    """Heating-allowance income ceiling if the partner also counts as a dependant."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Heating allowance ceiling, partner also dependant"
    reference = "https://cpasconnect.be/actualites/actualite/720858527752530596"

    def formula(household, period, parameters):
        """A partner whose own net income is under the dependant limit also raises the ceiling."""
        ceiling = parameters(period).federal.heating_allowance.income_ceiling
        partner = household("living_with", period) == LivingWith.partner
        return ceiling.base + (household("children", period) + partner) * ceiling.per_dependant
