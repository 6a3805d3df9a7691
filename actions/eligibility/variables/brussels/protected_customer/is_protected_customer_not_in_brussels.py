from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_protected_customer_not_in_brussels(Variable):
    """The household does not live in the Brussels-Capital Region."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household does not live in the Brussels-Capital Region"
    reference = "https://etaamb.openjustice.be/fr/nl/arrete-du-gouvernement-de-la-region-de-bruxellescapit_n2024004542.html"

    def formula(household, period):
        """The protected-customer status is a Brussels regional status (Brugel, Sibelga)."""
        return ~household("is_in_brussels", period)
