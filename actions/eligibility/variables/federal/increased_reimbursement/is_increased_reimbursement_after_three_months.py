from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_increased_reimbursement_after_three_months(Variable):
    """The household's only right that opens BIM is the integration income or equivalent aid, which opens it only after three full months."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household's only right that opens BIM is the integration income or equivalent aid, which opens it only after three full months"
    reference = "https://www.droitsquotidiens.be/fr/question/qui-peut-recevoir-lintervention-majoree-statut-bim"

    def formula(household, period):
        """The integration income or equivalent CPAS aid opens BIM automatically only after three full consecutive months; before that, the mutuality grants it on request by the income route."""
        ris = household("receives_integration_income", period) + household("receives_equivalent_social_aid", period)
        other = (
            household("receives_elderly_income_guarantee", period)
            + household("receives_disability_income_allowance", period)
            + household("receives_integration_allowance", period)
            + household("receives_elderly_care_allowance", period)
        )
        return ris * ~other
