from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_social_housing_income_below_ceiling(Variable):
    """The household's income is clearly below its lower social-housing ceiling."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income clearly below the social housing ceiling"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period, parameters):
        """The household's net taxable income of year N-3 must not exceed the ceiling of its composition."""
        below, _ = ceiling_position(
            household("annual_taxable_income", period),
            household("social_housing_lower_income_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return below
