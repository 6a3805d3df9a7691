from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class social_housing_highest_income_ceiling(Variable):
    """Highest social-housing income ceiling of the household, with the raise some housing companies apply."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Highest social-housing income ceiling of the household, with the raise some housing companies apply"
    reference = "https://slrb-bghm.brussels/nl/huurder-worden/toelatingsvoorwaarden"

    def formula(household, period, parameters):
        """Some housing companies apply a ceiling raised by a fixed amount above the ceiling of the household's composition."""
        raise_ = parameters(period).brussels.social_housing.income_ceiling.higher_company_raise
        return household("social_housing_upper_income_ceiling", period) + raise_
