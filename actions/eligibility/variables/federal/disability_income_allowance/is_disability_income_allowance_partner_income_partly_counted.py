from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class is_disability_income_allowance_partner_income_partly_counted(Variable):
    """The respondent lives with a partner and the household income is not clearly below the ARR maximum."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent lives with a partner and the household income is not clearly below the ARR maximum"
    reference = "https://www.droitsquotidiens.be/fr/question/jai-droit-une-allocation-de-remplacement-de-revenus-arr-combien-vais-je-recevoir"

    def formula(household, period):
        """The partner's income counts only above exempted amounts, so near or above the maximum only the office can tell."""
        below = household("is_disability_income_allowance_income_below_ceiling", period)
        return ~below * (household("living_with", period) == LivingWith.partner)
