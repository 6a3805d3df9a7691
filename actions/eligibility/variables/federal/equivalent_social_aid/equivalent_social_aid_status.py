from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class equivalent_social_aid_status(Variable):
    """Status of equivalent social aid (aide sociale équivalente / equivalent leefloon) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Status of equivalent social aid (aide sociale équivalente / equivalent leefloon) for the household"
    reference = "https://www.mi-is.be/fr/lequivalent-du-revenu-dintegration-sociale"

    def formula(household, period):
        """Whether the CPAS grants the integration income or its equivalent depends on the register the person is in, which only the CPAS checks."""
        return status_array(
            household("receives_equivalent_social_aid", period),
            household("is_equivalent_social_aid_eligible", period),
            possibly=household("is_equivalent_social_aid_eligible", period),
        )
