from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_social_supplement_several_children(Variable):
    """The household has two or more children opening family allowances."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Two or more children"

    def formula(household, period):
        """Between the two income ceilings the supplement is paid only to households with two or more children."""
        return household("num_family_allowance_children", period) >= 2
