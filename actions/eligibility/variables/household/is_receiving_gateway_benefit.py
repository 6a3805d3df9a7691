from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_receiving_gateway_benefit(Variable):
    """The household receives a cascade root: RIS or equivalent aid, GRAPA, ARR, AI or APA."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Receives a right that opens BIM and the social energy tariff automatically"

    def formula(household, period):
        """Receiving RIS (or equivalent CPAS aid), GRAPA, a disability allowance or APA opens BIM and the social tariff automatically."""
        return (
            household("receives_integration_income", period)
            + household("receives_equivalent_social_aid", period)
            + household("receives_elderly_income_guarantee", period)
            + household("receives_disability_income_allowance", period)
            + household("receives_integration_allowance", period)
            + household("receives_elderly_care_allowance", period)
        ) > 0
