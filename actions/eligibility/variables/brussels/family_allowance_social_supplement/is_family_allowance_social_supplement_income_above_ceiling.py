from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_social_supplement_income_above_ceiling(Variable):
    """The household's income is clearly too high for the social supplement, given its number of children."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income clearly above the ceiling"

    def formula(household, period):
        """Above the lower ceiling a one-child household gets no supplement; above the upper ceiling no household does."""
        above_lower = (
            ~household("is_family_allowance_social_supplement_income_below_lower_ceiling", period)
            * ~household("is_family_allowance_social_supplement_income_near_lower_ceiling", period)
        )
        above_upper = (
            ~household("is_family_allowance_social_supplement_income_below_upper_ceiling", period)
            * ~household("is_family_allowance_social_supplement_income_near_upper_ceiling", period)
        )
        several = household("is_family_allowance_social_supplement_several_children", period)
        return (above_lower * ~several) + above_upper
