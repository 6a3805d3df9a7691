from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_heating_allowance_no_covered_fuel(Variable):
    """The household does not heat with heating oil, lamp oil or bulk propane."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "No covered fuel"
    reference = "https://cpasconnect.be/actualites/actualite/720858527752530596"

    def formula(household, period):
        """The Fonds social chauffage covers heating gas-oil, lamp oil and bulk propane only, not natural gas, electricity, bottled gas, pellets, wood or coal."""
        return ~household("heating_oil", period)
