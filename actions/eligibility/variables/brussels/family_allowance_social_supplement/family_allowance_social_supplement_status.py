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
    reference = "https://famiris.brussels/fr/faq/supplement-social/demander-supplement-social"

    def formula(household, period):
        """The supplement is asked from the family allowance fund; the fund grants it without a request only after six months of integration income, or from tax data two years later, so asking is faster."""
        family_allowance_unsure = ~household("receives_family_allowance", period) * (
            household("is_family_allowance_only_adult_children", period)
            + household("is_family_allowance_child_residence_to_check", period)
        )
        possibly = (
            household("is_family_allowance_social_supplement_income_near_ceiling", period)
            + household("is_family_allowance_social_supplement_cadastral_income_to_check", period)
            + family_allowance_unsure
            + household("is_family_allowance_social_supplement_income_may_not_all_count", period)
        )
        return status_array(
            household("receives_family_allowance_social_supplement", period),
            household("is_family_allowance_social_supplement_eligible", period),
            possibly=possibly,
        )
