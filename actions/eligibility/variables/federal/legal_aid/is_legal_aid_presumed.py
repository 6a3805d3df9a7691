from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import Housing, ResidenceStatus


class is_legal_aid_presumed(Variable):
    """The respondent is in a category presumed to lack resources (integration income, GRAPA, disability allowance, social tenant, asylum seeker, minor)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Presumed without resources"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period, parameters):
        """Beneficiaries of the integration income or equivalent aid, GRAPA or a disability allowance, social tenants, asylum seekers and minors are presumed to lack resources."""
        receives = (
            household("receives_integration_income", period)
            + household("receives_equivalent_social_aid", period)
            + household("receives_elderly_income_guarantee", period)
            + household("receives_disability_income_allowance", period)
            + household("receives_integration_allowance", period)
        )
        return (
            receives
            + (household("housing", period) == Housing.social_rent)
            + (household("residence_status", period) == ResidenceStatus.asylum_seeker)
            + (household("age", period) < parameters(period).federal.legal_aid.age_of_majority)
        )
