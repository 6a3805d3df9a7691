from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class heating_allowance_lower_income_ceiling(Variable):
    """Heating-allowance income ceiling counting only the dependent children as dependants."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Heating allowance ceiling, children as dependants"
    reference = "https://cpasconnect.be/actualites/actualite/720858527752530596"

    def formula(household, period, parameters):
        """The category 2 ceiling is raised per dependant, a household member with a net income under the dependant limit."""
        ceiling = parameters(period).federal.heating_allowance.income_ceiling
        return ceiling.base + household("children", period) * ceiling.per_dependant
