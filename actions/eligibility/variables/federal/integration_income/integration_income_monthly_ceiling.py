import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class integration_income_monthly_ceiling(Variable):
    """Monthly integration income of the household's category: the ceiling of its resources."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Integration income for the household's category, per month"
    reference = "https://primabook.mi-is.be/fr/droit-lintegration-sociale/les-ayants-droits-et-le-montant-du-revenu-dintegration"

    def formula(household, period, parameters):
        """The integration income is the category amount (family in charge, single, or cohabitant, for each partner of a couple) minus the household's resources."""
        amount = parameters(period).federal.integration_income.amount
        children = household("children", period)
        living_with = household("living_with", period)
        return numpy.select(
            [children > 0, living_with == LivingWith.alone],
            [amount.family, amount.single],
            default=amount.cohabitant * household("num_adults", period),
        )
