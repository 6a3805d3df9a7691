from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class elderly_income_guarantee_status(Variable):
    """Status of the income guarantee for the elderly (GRAPA / IGO) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Status of the income guarantee for the elderly (GRAPA / IGO) for the household"
    reference = "https://www.okra.be/info-en-advies/pensioen-en-inkomen/inkomensgarantie-voor-ouderen"

    def formula(household, period):
        """The pensions service grants GRAPA on request, or examines it by itself at pension age for people on the integration income or a disability allowance; near the amount or for permit holders only its inquiry can tell."""
        return status_array(
            household("receives_elderly_income_guarantee", period),
            household("is_elderly_income_guarantee_eligible", period),
            possibly=household("is_elderly_income_guarantee_income_near_ceiling", period) + household("is_elderly_income_guarantee_residence_to_check", period),
            automatic=household("is_elderly_income_guarantee_examined_automatically", period),
        )
