from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_rent_allowance_owns_property(Variable):
    """A member of the household owns real estate."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Owns real estate"
    reference = "https://www.slrb-bghm.brussels/nl/huurder-worden/toelages-hulp-en-alternatieven"

    def formula(household, period):
        """No member of the household may own real estate."""
        return household("owns_property", period)
