from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class protected_customer_status(Variable):
    """Status of the Brussels protected-customer status (client protégé / beschermde afnemer) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Status of the Brussels protected-customer status (client protégé / beschermde afnemer) for the household"
    reference = "https://etaamb.openjustice.be/fr/nl/arrete-du-gouvernement-de-la-region-de-bruxellescapit_n2024004542.html"

    def formula(household, period):
        """Social-tariff beneficiaries in payment difficulty are protected on request; others only after an income test whose ceilings were not found."""
        return status_array(
            household("receives_protected_customer", period),
            household("is_protected_customer_eligible", period),
            possibly=household("is_protected_customer_income_test_needed", period),
        )
