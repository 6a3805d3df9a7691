from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_social_supplement_income_near_ceiling(Variable):
    """The household's income is close to the ceiling that matters for its number of children."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income near a ceiling"

    def formula(household, period):
        """Close to an income ceiling only the payment fund can tell whether the supplement is due."""
        several = household("is_family_allowance_social_supplement_several_children", period)
        return (
            household("is_family_allowance_social_supplement_income_near_lower_ceiling", period)
            + several * household("is_family_allowance_social_supplement_income_near_upper_ceiling", period)
        ) * ~household("is_family_allowance_social_supplement_income_above_ceiling", period)
