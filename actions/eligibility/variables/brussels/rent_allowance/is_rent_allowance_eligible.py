from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_rent_allowance_eligible(Variable):
    """The household may get the Brussels rent allowance."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "May be entitled to the rent allowance"
    reference = "https://www.slrb-bghm.brussels/nl/huurder-worden/toelages-hulp-en-alternatieven"

    def formula(household, period):
        """A social-housing candidate renting privately in Brussels, owning no real estate and under the income ceiling may get the rent allowance."""
        return (
            ~household("is_rent_allowance_not_candidate", period)
            * ~household("is_rent_allowance_not_private_tenant", period)
            * ~household("is_rent_allowance_owns_property", period)
            * ~household("is_rent_allowance_lives_outside_brussels", period)
            * ~household("is_rent_allowance_income_above_ceiling", period)
        )
