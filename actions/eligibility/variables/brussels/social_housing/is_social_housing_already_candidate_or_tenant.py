from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import Housing


class is_social_housing_already_candidate_or_tenant(Variable):
    """The household is on the waiting list or already rents a social home."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Candidate or social tenant"

    def formula(household, period):
        """One registration per household: a candidate or a social tenant has nothing more to request."""
        return (
            household("receives_social_housing", period)
            + household("social_housing_candidate", period)
            + (household("housing", period) == Housing.social_rent)
        )
