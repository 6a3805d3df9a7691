from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_public_transport_reduction_young_child(Variable):
    """A child of the household is 12 to 24 and the household lives in Brussels."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Child aged 12 to 24 living in Brussels"

    def formula(household, period):
        """Children aged 12 to 24 living in Brussels get the STIB school or youth subscription at the reduced price, free from the third child."""
        children_12_to_24 = household("num_children_12_to_17", period) + household("num_children_18_to_24", period)
        return (children_12_to_24 > 0) * household("is_in_brussels", period)
