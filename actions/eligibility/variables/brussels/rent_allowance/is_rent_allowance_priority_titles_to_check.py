from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_rent_allowance_priority_titles_to_check(Variable):
    """The household is a social-housing candidate whose priority titles the bot cannot count."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Priority titles to check"
    reference = "https://www.slrb-bghm.brussels/nl/huurder-worden/toelages-hulp-en-alternatieven"

    def formula(household, period):
        """The candidate needs six priority titles on the waiting list, or two for a single-parent household."""
        return household("social_housing_candidate", period)
