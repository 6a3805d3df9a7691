from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import Housing


class is_social_housing_already_candidate_or_tenant(Variable):
    """The household rents a social home, or is on the waiting list and still meets the conditions."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household rents a social home, or is on the waiting list and still meets the conditions"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period):
        """One registration per household: a social tenant, or a candidate who still meets the conditions, has nothing more to request."""
        still_admissible = household("is_social_housing_eligible", period)
        return (
            household("receives_social_housing", period)
            + (household("housing", period) == Housing.social_rent)
            + household("social_housing_candidate", period) * still_admissible
        )
