from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class social_housing_status(Variable):
    """Status of the registration for Brussels social housing (inscription / inschrijving) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Social housing registration status"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period):
        """A household that meets the conditions registers with one social housing company; near the ceiling, for minors or unsure registers the company decides."""
        possibly = (
            household("is_social_housing_income_near_ceiling", period)
            + household("is_social_housing_minor_exception", period)
            + household("is_social_housing_register_to_check", period)
        )
        return status_array(
            household("is_social_housing_already_candidate_or_tenant", period),
            household("is_social_housing_eligible", period),
            possibly=possibly,
        )
