from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_social_supplement_no_family_allowance(Variable):
    """No child of the household opens the Brussels family allowance, which the supplement adds to."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "No Brussels family allowance"
    reference = "https://famiris.brussels/fr/faq/supplement-social/demander-supplement-social"

    def formula(household, period):
        """The social supplement is added to the Brussels family allowance of each child."""
        return ~household("is_family_allowance_eligible", period) * ~household("receives_family_allowance", period)
