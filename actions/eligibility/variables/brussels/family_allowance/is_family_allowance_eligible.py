from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_eligible(Variable):
    """A child of the household may open the Brussels family allowance."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "May be entitled to the Brussels family allowance"
    reference = "https://bruxelles-j.be/?p=26212"

    def formula(household, period):
        """Every child up to 24 domiciled or residing in the Brussels-Capital Region opens the family allowance, whatever the parents' work."""
        return ~household("is_family_allowance_no_child", period) * ~household("is_family_allowance_not_in_brussels", period)
