from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class family_allowance_status(Variable):
    """Status of the Brussels family allowance (allocations familiales / Groeipakket) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Family allowance status"
    reference = "https://bruxelles-j.be/?p=26212"

    def formula(household, period):
        """A payment fund grants the family allowance for each Brussels child; for children of 18 to 24 or whose residence status is unsure the fund checks the conditions."""
        possibly = (
            household("is_family_allowance_only_adult_children", period)
            + household("is_family_allowance_child_residence_to_check", period)
        )
        return status_array(
            household("receives_family_allowance", period),
            household("is_family_allowance_eligible", period),
            possibly=possibly,
        )
