from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_family_allowance_social_supplement_income_below_lower_ceiling(Variable):
    """The household's annual taxable income is clearly below the lower ceiling of the social supplement."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income clearly below the lower ceiling"
    reference = "https://famiris.brussels/fr/faq/supplement-social/demander-supplement-social"

    def formula(household, period, parameters):
        """Below the lower income ceiling every household with children gets the social supplement."""
        below, _ = ceiling_position(
            household("annual_taxable_income", period),
            parameters(period).brussels.family_allowance_social_supplement.income_ceiling.lower,
            parameters(period).income.ceiling_margin,
        )
        return below
