from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_family_allowance_social_supplement_income_near_upper_ceiling(Variable):
    """The household's annual taxable income is close to the upper ceiling of the social supplement."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income near the upper ceiling"
    reference = "https://famiris.brussels/fr/faq/supplement-social/demander-supplement-social"

    def formula(household, period, parameters):
        """Close to the upper income ceiling only the payment fund can tell whether the reduced supplement is due."""
        _, near = ceiling_position(
            household("annual_taxable_income", period),
            parameters(period).brussels.family_allowance_social_supplement.income_ceiling.upper,
            parameters(period).income.ceiling_margin,
        )
        return near
