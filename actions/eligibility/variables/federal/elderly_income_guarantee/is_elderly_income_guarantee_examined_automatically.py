from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_elderly_income_guarantee_examined_automatically(Variable):
    """The respondent receives the integration income or a disability allowance, for which the pensions service examines GRAPA without a request at pension age."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent receives the integration income or a disability allowance, for which the pensions service examines GRAPA without a request at pension age"
    reference = "https://gaslux.be/?glx_aids=la-garantie-de-revenu-aux-personnes-agees-grapa"

    def formula(household, period):
        """The pensions service examines GRAPA by itself at pension age for pension applicants and for people receiving the integration income or a disability allowance."""
        return (
            household("receives_integration_income", period)
            + household("receives_disability_income_allowance", period)
            + household("receives_integration_allowance", period)
        ) * household("is_elderly_income_guarantee_eligible", period)
