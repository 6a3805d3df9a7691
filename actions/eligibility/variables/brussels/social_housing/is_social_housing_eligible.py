from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_social_housing_eligible(Variable):
    """The household may register as a candidate for Brussels social housing."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "May register for social housing"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period):
        """An adult household that owns no real estate, has an adult in a Belgian register and an income under the ceiling may register with a social housing company."""
        return (
            ~household("is_social_housing_age_too_low", period)
            * ~household("is_social_housing_owns_property", period)
            * ~household("is_social_housing_not_registered_in_a_register", period)
            * ~household("is_social_housing_income_above_ceiling", period)
        )
