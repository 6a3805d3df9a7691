from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_disability_income_allowance_earned_income_partly_exempt(Variable):
    """The household earns an income from work above the ARR maximum, and part of the person's own earnings does not count."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household earns an income from work above the ARR maximum, and part of the person's own earnings does not count"
    reference = "https://www.droitsquotidiens.be/fr/question/jai-droit-une-allocation-de-remplacement-de-revenus-arr-combien-vais-je-recevoir"

    def formula(household, period):
        """Part of the person's own earned income is exempt, by amounts the bot does not know, so only the office can tell whether an allowance is left."""
        below = household("is_disability_income_allowance_income_below_ceiling", period)
        earned = household("has_income_work", period) + household("has_income_self_employed", period)
        return ~below * earned
