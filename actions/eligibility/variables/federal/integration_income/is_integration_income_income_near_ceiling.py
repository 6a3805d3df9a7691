from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_integration_income_income_near_ceiling(Variable):
    """The household's monthly income is close to its integration-income amount."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income near the integration income"
    reference = "https://primabook.mi-is.be/fr/droit-lintegration-sociale/les-ayants-droits-et-le-montant-du-revenu-dintegration"

    def formula(household, period, parameters):
        """Resources must be lower than the integration income; close to it only the CPAS can tell."""
        _, near = ceiling_position(
            household("monthly_income", period),
            household("integration_income_monthly_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return near
