from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_rent_allowance_lives_outside_brussels(Variable):
    """The household lives outside the Brussels-Capital Region."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Lives outside Brussels"
    reference = "https://www.slrb-bghm.brussels/nl/huurder-worden/toelages-hulp-en-alternatieven"

    def formula(household, period):
        """The rented home must be in the Brussels-Capital Region and be the household's domicile."""
        return ~household("is_in_brussels", period)
