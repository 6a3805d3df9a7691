import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class disability_income_allowance_annual_amount(Variable):
    """Annual maximum income replacement allowance of the household's category."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Annual maximum income replacement allowance of the household's category"
    reference = "https://www.droitsquotidiens.be/fr/question/jai-droit-une-allocation-de-remplacement-de-revenus-arr-combien-vais-je-recevoir"

    def formula(household, period, parameters):
        """The ARR maximum depends on the category: C with a partner or a child in charge, B living alone, A in every other situation (parents, relatives, flatmates)."""
        amount = parameters(period).federal.disability_income_allowance.amount
        partner = household("living_with", period) == LivingWith.partner
        return numpy.select(
            [partner + (household("children", period) > 0), household("living_with", period) == LivingWith.alone],
            [amount.family, amount.single],
            default=amount.cohabitant,
        )
