from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_not_in_brussels(Variable):
    """The household lives outside the Brussels-Capital Region."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Lives outside Brussels"
    reference = "https://bruxelles-j.be/?p=26212"

    def formula(household, period):
        """The Brussels family allowance is for children domiciled or residing in the Brussels-Capital Region."""
        return ~household("is_in_brussels", period)
