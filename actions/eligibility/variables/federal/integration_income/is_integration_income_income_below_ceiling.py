from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_integration_income_income_below_ceiling(Variable):
    """The household's monthly income is clearly below its integration-income amount."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income clearly below the integration income"
    reference = "https://primabook.mi-is.be/fr/droit-lintegration-sociale/les-ayants-droits-et-le-montant-du-revenu-dintegration"

    def formula(household, period, parameters):
        """Resources must be lower than the integration income of the category."""
        below, _ = ceiling_position(
            household("monthly_income", period),
            household("integration_income_monthly_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return below
