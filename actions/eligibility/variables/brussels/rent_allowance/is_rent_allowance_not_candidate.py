from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_rent_allowance_not_candidate(Variable):
    """The household is not registered as a candidate for social housing."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Not on the social housing waiting list"
    reference = "https://www.slrb-bghm.brussels/nl/huurder-worden/toelages-hulp-en-alternatieven"

    def formula(household, period):
        """The rent allowance is for households registered on the social-housing waiting list."""
        return ~household("social_housing_candidate", period)
