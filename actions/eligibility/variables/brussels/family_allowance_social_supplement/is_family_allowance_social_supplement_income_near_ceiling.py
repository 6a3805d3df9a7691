from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_social_supplement_income_near_ceiling(Variable):
    """The household's income is close to the ceiling that decides for its number of children (lower for one child, upper for more)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income near a ceiling"
    reference = "https://famiris.brussels/fr/faq/supplement-social/demander-supplement-social"

    def formula(household, period):
        """Close to the ceiling that decides, only the payment fund can tell whether the supplement is due; with two or more children a supplement is due on both sides of the lower ceiling."""
        several = household("is_family_allowance_social_supplement_several_children", period)
        return (
            ~several * household("is_family_allowance_social_supplement_income_near_lower_ceiling", period)
            + several * household("is_family_allowance_social_supplement_income_near_upper_ceiling", period)
        )
