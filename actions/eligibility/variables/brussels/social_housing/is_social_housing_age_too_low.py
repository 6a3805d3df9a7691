from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class is_social_housing_age_too_low(Variable):
    """The respondent is under the minimum age and not living with a partner."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Under 18"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period, parameters):
        """A candidate must be of age, or a minor emancipated by marriage."""
        minor = household("age", period) < parameters(period).brussels.social_housing.min_age
        return minor * (household("living_with", period) != LivingWith.partner)
