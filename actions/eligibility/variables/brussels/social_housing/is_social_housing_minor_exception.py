from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class is_social_housing_minor_exception(Variable):
    """The respondent is a minor living with a partner, who may be emancipated."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Minor who may be emancipated"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period, parameters):
        """A minor emancipated by marriage may register as a candidate."""
        minor = household("age", period) < parameters(period).brussels.social_housing.min_age
        return minor * (household("living_with", period) == LivingWith.partner)
