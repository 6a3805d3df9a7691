from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_protected_customer_eligible(Variable):
    """Every condition of the protected-customer status the bot can check is met or may be met."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Every condition of the protected-customer status the bot can check is met or may be met"
    reference = "https://etaamb.openjustice.be/fr/nl/arrete-du-gouvernement-de-la-region-de-bruxellescapit_n2024004542.html"

    def formula(household, period):
        """A Brussels household in difficulty paying its gas or electricity may ask for the protected-customer status, which moves it to Sibelga at the social tariff."""
        return ~household("is_protected_customer_not_in_brussels", period) * ~household("is_protected_customer_no_payment_difficulty", period)
