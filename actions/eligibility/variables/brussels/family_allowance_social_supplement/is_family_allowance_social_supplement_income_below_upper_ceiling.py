from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_family_allowance_social_supplement_income_below_upper_ceiling(Variable):
    """The household's annual taxable income is clearly below the upper ceiling of the social supplement."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income clearly below the upper ceiling"
    reference = "https://famiris.brussels/fr/faq/supplement-social/demander-supplement-social"

    def formula(household, period, parameters):
        """Between the two income ceilings households with two or more children get a reduced social supplement."""
        below, _ = ceiling_position(
            household("annual_taxable_income", period),
            parameters(period).brussels.family_allowance_social_supplement.income_ceiling.upper,
            parameters(period).income.ceiling_margin,
        )
        return below
