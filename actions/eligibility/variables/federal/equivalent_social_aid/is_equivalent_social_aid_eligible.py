from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_equivalent_social_aid_eligible(Variable):
    """Every condition of equivalent social aid the bot can check is met or may be met."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Every condition of equivalent social aid the bot can check is met or may be met"
    reference = "https://www.mi-is.be/fr/lequivalent-du-revenu-dintegration-sociale"

    def formula(household, period):
        """The CPAS grants equivalent social aid, of the integration income's amount, to adults in need who are excluded from the integration income by their residence status."""
        income_ok = ~household("is_integration_income_income_above_ceiling", period) + household("is_integration_income_income_may_not_count", period)
        return (
            household("is_equivalent_social_aid_residence_covered", period)
            * ~household("is_integration_income_age_too_low", period)
            * income_ok
        )
