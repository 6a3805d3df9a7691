from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class family_allowance_social_supplement_status(Variable):
    """Status of the social supplement of the Brussels family allowance for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Family allowance social supplement status"

    def formula(household, period):
        """The fund grants the supplement itself to households on the integration income or single parents on a replacement income, to others only two years later from tax data unless they ask."""
        family_allowance_unsure = ~household("receives_family_allowance", period) * (
            household("is_family_allowance_only_adult_children", period)
            + household("is_family_allowance_child_residence_to_check", period)
        )
        possibly = (
            household("is_family_allowance_social_supplement_income_near_ceiling", period)
            + household("is_family_allowance_social_supplement_cadastral_income_to_check", period)
            + family_allowance_unsure
        )
        return status_array(
            household("receives_family_allowance_social_supplement", period),
            household("is_family_allowance_social_supplement_eligible", period),
            possibly=possibly,
            automatic=household("is_family_allowance_social_supplement_granted_automatically", period) * ~possibly,
        )
