from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_equivalent_social_aid_integration_income_applies(Variable):
    """The respondent is Belgian, so the integration income applies instead of equivalent aid."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is Belgian, so the integration income applies instead of equivalent aid"
    reference = "https://www.mi-is.be/fr/lequivalent-du-revenu-dintegration-sociale"

    def formula(household, period):
        """Belgians have a right to the integration income itself, not to its equivalent."""
        return household("residence_status", period) == ResidenceStatus.belgian
