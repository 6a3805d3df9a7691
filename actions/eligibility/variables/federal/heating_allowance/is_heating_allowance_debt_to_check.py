from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_heating_allowance_debt_to_check(Variable):
    """The household has trouble paying energy bills and is above the income ceiling: category 3 (debt mediation) may apply."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Over-indebtedness to check (category 3)"
    reference = "https://cpasconnect.be/actualites/actualite/720858527752530596"

    def formula(household, period):
        """Category 3 is for people in debt mediation or collective debt settlement who cannot pay their heating bill."""
        return household("energy_debt", period) * ~household("is_heating_allowance_income_below_ceiling", period)
