from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import Commune


class is_in_brussels(Variable):
    """The household lives in one of the 19 communes of the Brussels-Capital Region."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Lives in the Brussels-Capital Region"

    def formula(household, period):
        """Regional rights require residence in one of the 19 Brussels communes."""
        return household("commune", period) != Commune.outside_brussels
