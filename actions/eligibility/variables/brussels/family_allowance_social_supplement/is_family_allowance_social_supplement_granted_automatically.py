from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_social_supplement_granted_automatically(Variable):
    """The household receives the integration income, or is a single parent living on a replacement income: the fund will grant the supplement itself, but only later."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household receives the integration income, or is a single parent living on a replacement income: the fund will grant the supplement itself, but only later"
    reference = "https://famiris.brussels/fr/faq/supplement-social/demander-supplement-social"

    def formula(household, period):
        """The fund grants the supplement without a request once a member has received the integration income, or a single parent a replacement income, for six months; otherwise from tax data about two years later, so asking is faster."""
        replacement_income = (
            household("has_income_unemployment", period)
            + household("has_income_sickness_invalidity", period)
            + household("has_income_pension", period)
            + household("has_income_disability_allowance", period)
        )
        return household("receives_integration_income", period) + household("is_single_parent", period) * replacement_income
