from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_integration_income_income_above_ceiling(Variable):
    """The household's monthly income is clearly above its integration-income amount."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income clearly above the integration income"
    reference = "https://primabook.mi-is.be/fr/droit-lintegration-sociale/les-ayants-droits-et-le-montant-du-revenu-dintegration"

    def formula(household, period):
        """Resources above the integration income of the category exclude it."""
        return ~household("is_integration_income_income_below_ceiling", period) * ~household("is_integration_income_income_near_ceiling", period)
