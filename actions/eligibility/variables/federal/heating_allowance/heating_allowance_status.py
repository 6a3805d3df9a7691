from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class heating_allowance_status(Variable):
    """Status of the heating allowance (Fonds social chauffage / Sociaal Verwarmingsfonds) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Heating allowance status"
    reference = "https://cpasconnect.be/actualites/actualite/720858527752530596"

    def formula(household, period):
        """The CPAS grants the heating allowance on a request made within 60 days of the delivery; near the ceiling, for BIM above it or for debts only its inquiry can tell."""
        possibly = (
            household("is_heating_allowance_income_near_ceiling", period)
            + household("is_heating_allowance_bim_income_to_check", period)
            + household("is_heating_allowance_debt_to_check", period)
        )
        return status_array(
            household("receives_heating_allowance", period),
            household("is_heating_allowance_eligible", period),
            possibly=possibly,
        )
