from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class legal_aid_status(Variable):
    """Status of second-line legal aid (aide juridique / pro deo) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Legal aid status"

    def formula(household, period):
        """The legal aid office of the bar appoints a lawyer free of charge to people under the income ceilings or presumed to lack resources."""
        unsure_income = household("is_legal_aid_income_near_ceiling", period) + household("is_legal_aid_income_above_ceiling", period)
        possibly = ~household("is_legal_aid_presumed", period) * unsure_income
        return status_array(
            household("receives_legal_aid", period),
            household("is_legal_aid_eligible", period),
            possibly=possibly,
        )
