from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class study_grant_status(Variable):
    """Status of study grants (allocation d'études / studietoelage) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Study grant status"
    reference = "https://allocations-etudes.cfwb.be/en/faq/"

    def formula(household, period):
        """The grant is requested every school year from the Community of the school, which checks the income ceilings that were not found and the school conditions."""
        return status_array(
            household("receives_study_grant", period),
            household("is_study_grant_eligible", period),
            possibly=household("is_study_grant_school_community_decides", period),
        )
