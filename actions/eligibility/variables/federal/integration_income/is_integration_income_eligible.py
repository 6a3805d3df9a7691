from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_integration_income_eligible(Variable):
    """Every condition of the integration income the bot can check is met or may be met."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "May be entitled to the integration income"
    reference = "https://primabook.mi-is.be/fr/droit-lintegration-sociale/les-ayants-droits-et-le-montant-du-revenu-dintegration"

    def formula(household, period):
        """An adult (or a minor by exception) resident legally with resources below the category amount has a right to the integration income."""
        income_ok = ~household("is_integration_income_income_above_ceiling", period) + household("is_integration_income_income_may_not_count", period)
        return (
            ~household("is_integration_income_age_too_low", period)
            * ~household("is_integration_income_residence_excluded", period)
            * income_ok
        )
