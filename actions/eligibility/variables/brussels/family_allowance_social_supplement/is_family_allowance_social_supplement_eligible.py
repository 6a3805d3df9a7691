from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_social_supplement_eligible(Variable):
    """The household may get the social supplement of the Brussels family allowance."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "May be entitled to the social supplement"
    reference = "https://famiris.brussels/fr/faq/supplement-social/demander-supplement-social"

    def formula(household, period):
        """A household with children in the Brussels family allowance whose gross taxable income is under the ceiling gets a social supplement per child."""
        return (
            ~household("is_family_allowance_social_supplement_no_family_allowance", period)
            * ~household("is_family_allowance_social_supplement_income_above_ceiling", period)
        )
