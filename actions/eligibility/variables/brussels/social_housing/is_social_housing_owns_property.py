from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import Housing


class is_social_housing_owns_property(Variable):
    """A member of the household owns real estate."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Owns real estate"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period):
        """No member of the household may own real estate, in Belgium or abroad."""
        return household("owns_property", period) + (household("housing", period) == Housing.owner)
