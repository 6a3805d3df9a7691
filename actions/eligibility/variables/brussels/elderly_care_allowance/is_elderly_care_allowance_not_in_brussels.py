from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_elderly_care_allowance_not_in_brussels(Variable):
    """The household does not live in the Brussels-Capital Region."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household does not live in the Brussels-Capital Region"
    reference = "https://www.myiriscare.brussels/fr/faq"

    def formula(household, period):
        """In Brussels the APA is granted by Iriscare to people domiciled in the Region."""
        return ~household("is_in_brussels", period)
