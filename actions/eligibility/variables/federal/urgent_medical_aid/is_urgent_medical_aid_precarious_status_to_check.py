from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_urgent_medical_aid_precarious_status_to_check(Variable):
    """The respondent is an EU citizen without health insurance, whose right of stay may be precarious."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Precarious EU stay to check"
    reference = "https://cpasbxl.brussels/?p=27"

    def formula(household, period):
        """Some precarious statuses, like EU citizens in their first three months or people struck off the register, may also get urgent medical aid."""
        eu = household("residence_status", period) == ResidenceStatus.eu
        return eu * ~household("health_insurance", period)
