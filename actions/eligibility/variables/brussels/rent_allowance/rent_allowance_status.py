from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class rent_allowance_status(Variable):
    """Status of the Brussels rent allowance (allocation loyer / huurtoelage) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Rent allowance status"
    reference = "https://huisvesting.brussels/de-nieuwe-huurtoelage/"

    def formula(household, period):
        """Bruxelles Logement grants the rent allowance on a form to candidates with enough priority titles, which only it can count."""
        possibly = (
            household("is_rent_allowance_priority_titles_to_check", period)
            + household("is_rent_allowance_income_near_ceiling", period)
        )
        return status_array(
            household("receives_rent_allowance", period),
            household("is_rent_allowance_eligible", period),
            possibly=possibly,
        )
