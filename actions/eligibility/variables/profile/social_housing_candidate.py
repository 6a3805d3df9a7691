from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class social_housing_candidate(Variable):
    """The household is on the social-housing waiting list (contract field social_housing_candidate)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household is on the social-housing waiting list (contract field social_housing_candidate)."
