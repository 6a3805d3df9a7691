import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class integration_income_amount(Variable):
    """Monthly integration income the household may receive: category amount minus its resources."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Integration income per month"
    reference = "https://primabook.mi-is.be/fr/droit-lintegration-sociale/les-ayants-droits-et-le-montant-du-revenu-dintegration"

    def formula(household, period):
        """The integration income is the category amount minus the resources taken into account."""
        gap = household("integration_income_monthly_ceiling", period) - household("monthly_income", period)
        return numpy.maximum(gap, 0) * household("is_integration_income_eligible", period)
