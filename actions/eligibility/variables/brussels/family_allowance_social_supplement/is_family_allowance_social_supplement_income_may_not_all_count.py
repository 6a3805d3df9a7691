from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_social_supplement_income_may_not_all_count(Variable):
    """The household income is not clearly below the ceiling, but part of it belongs to relatives and does not count."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household income is not clearly below the ceiling, but part of it belongs to relatives and does not count"
    reference = "https://www.droitsquotidiens.be/fr/question/ai-je-droit-un-supplement-dallocations-familiales-si-jai-peu-de-revenus-bruxelles"

    def formula(household, period):
        """Only the income of the person who receives the family allowance and of the partner counts, so only the fund can tell."""
        return household("is_family_allowance_social_supplement_relatives_income_included", period) * ~household(
            "is_family_allowance_social_supplement_income_below_lower_ceiling", period
        )
