from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_protected_customer_no_payment_difficulty(Variable):
    """The household reports no trouble paying its gas or electricity bills."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household reports no trouble paying its gas or electricity bills"
    reference = "https://etaamb.openjustice.be/fr/nl/arrete-du-gouvernement-de-la-region-de-bruxellescapit_n2024004542.html"

    def formula(household, period):
        """A household becomes a protected customer when it is in difficulty paying its energy supplier."""
        return ~household("energy_debt", period)
