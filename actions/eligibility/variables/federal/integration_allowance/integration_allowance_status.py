from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class integration_allowance_status(Variable):
    """Status of the integration allowance (AI / IT) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Status of the integration allowance (AI / IT) for the household"
    reference = "https://www.socialsecurity.be/citizen/fr/handicap/interventions-et-allocations"

    def formula(household, period):
        """The integration allowance is granted on request after an assessment of autonomy, so the bot can at most say the household may be entitled."""
        return status_array(
            household("receives_integration_allowance", period),
            household("is_integration_allowance_eligible", period),
            possibly=household("is_integration_allowance_medical_assessment_needed", period),
        )
