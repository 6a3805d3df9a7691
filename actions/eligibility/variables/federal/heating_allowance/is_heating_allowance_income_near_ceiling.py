from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_heating_allowance_income_near_ceiling(Variable):
    """The household's income is close to the category 2 ceiling, or the partner's income decides."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income near the heating allowance ceiling"
    reference = "https://cpasconnect.be/actualites/actualite/720858527752530596"

    def formula(household, period):
        """Near the ceiling, or when the partner may be a dependant, only the CPAS inquiry can tell."""
        return ~household("is_heating_allowance_income_below_ceiling", period) * ~household("is_heating_allowance_income_above_ceiling", period)
