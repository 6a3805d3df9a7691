from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class equivalent_social_aid_amount(Variable):
    """Monthly equivalent social aid the household may receive: the integration income's category amount minus its resources."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Monthly equivalent social aid the household may receive: the integration income's category amount minus its resources"
    reference = "https://www.mi-is.be/fr/lequivalent-du-revenu-dintegration-sociale"

    def formula(household, period):
        """Equivalent social aid follows the amounts of the integration income."""
        return household("integration_income_amount", period) * household("is_equivalent_social_aid_eligible", period)
