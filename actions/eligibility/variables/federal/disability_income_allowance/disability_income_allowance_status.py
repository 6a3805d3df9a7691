from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class disability_income_allowance_status(Variable):
    """Status of the income replacement allowance (ARR / IVT) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Status of the income replacement allowance (ARR / IVT) for the household"
    reference = "https://handicap.belgium.be/fr/nos-services/allocation-integration.htm"

    def formula(household, period):
        """The ARR is granted on request after a medical assessment, so the bot can at most say the household may be entitled."""
        return status_array(
            household("receives_disability_income_allowance", period),
            household("is_disability_income_allowance_eligible", period),
            possibly=household("is_disability_income_allowance_medical_assessment_needed", period),
        )
