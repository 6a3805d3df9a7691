from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_disability_income_allowance_income_above_ceiling(Variable):
    """The household's income, all of which counts, is clearly above the ARR maximum of its category."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household's income, all of which counts, is clearly above the ARR maximum of its category"
    reference = "https://www.droitsquotidiens.be/fr/question/jai-droit-une-allocation-de-remplacement-de-revenus-arr-combien-vais-je-recevoir"

    def formula(household, period):
        """The ARR is reduced by the income of the person and the partner, so an income clearly above the maximum leaves nothing, unless part of it does not count."""
        below = household("is_disability_income_allowance_income_below_ceiling", period)
        near = household("is_disability_income_allowance_income_near_ceiling", period)
        return (
            ~below * ~near
            * ~household("is_disability_income_allowance_relatives_income_not_counted", period)
            * ~household("is_disability_income_allowance_earned_income_partly_exempt", period)
        )
