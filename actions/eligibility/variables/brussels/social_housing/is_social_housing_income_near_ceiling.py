from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_social_housing_income_near_ceiling(Variable):
    """The household's income is near its ceiling, or between the one-income and several-incomes ceilings."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income near the social housing ceiling"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period):
        """Near the ceiling, or when the number of incomes decides, only the housing company can tell."""
        return ~household("is_social_housing_income_below_ceiling", period) * ~household("is_social_housing_income_above_ceiling", period)
