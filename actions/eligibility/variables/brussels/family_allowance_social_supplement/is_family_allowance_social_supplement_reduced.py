from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_social_supplement_reduced(Variable):
    """The household's income is between the two ceilings: only the reduced supplement for two or more children is due."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Reduced supplement band"
    reference = "https://famiris.brussels/fr/faq/supplement-social/demander-supplement-social"

    def formula(household, period):
        """Between the lower and the upper income ceiling, households with two or more children get a reduced supplement."""
        return (
            ~household("is_family_allowance_social_supplement_income_below_lower_ceiling", period)
            * ~household("is_family_allowance_social_supplement_income_near_lower_ceiling", period)
            * household("is_family_allowance_social_supplement_income_below_upper_ceiling", period)
            * household("is_family_allowance_social_supplement_several_children", period)
        )
