from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class elderly_care_allowance_status(Variable):
    """Status of the allowance for assistance to the elderly (APA / THAB) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Status of the allowance for assistance to the elderly (APA / THAB) for the household"
    reference = "https://www.iriscare.brussels/fr/2021/01/22/les-paiements-de-laide-aux-personnes-agees-debutent-ce-22-janvier/"

    def formula(household, period):
        """Iriscare grants the APA on request after an autonomy assessment, so the bot can at most say the household may be entitled."""
        return status_array(
            household("receives_elderly_care_allowance", period),
            household("is_elderly_care_allowance_eligible", period),
            possibly=household("is_elderly_care_allowance_assessment_needed", period),
        )
