from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_social_supplement_income_above_ceiling(Variable):
    """The income that counts is clearly too high for the social supplement, given the number of children."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The income that counts is clearly too high for the social supplement, given the number of children"
    reference = "https://www.droitsquotidiens.be/fr/question/ai-je-droit-un-supplement-dallocations-familiales-si-jai-peu-de-revenus-bruxelles"

    def formula(household, period):
        """Above the lower ceiling a one-child household gets no supplement; above the upper ceiling no household does; the income of relatives living with the family does not count."""
        above_lower = (
            ~household("is_family_allowance_social_supplement_income_below_lower_ceiling", period)
            * ~household("is_family_allowance_social_supplement_income_near_lower_ceiling", period)
        )
        above_upper = (
            ~household("is_family_allowance_social_supplement_income_below_upper_ceiling", period)
            * ~household("is_family_allowance_social_supplement_income_near_upper_ceiling", period)
        )
        several = household("is_family_allowance_social_supplement_several_children", period)
        relatives = household("is_family_allowance_social_supplement_relatives_income_included", period)
        return ((above_lower * ~several) + above_upper) * ~relatives
