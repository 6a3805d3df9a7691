from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class is_family_allowance_social_supplement_relatives_income_included(Variable):
    """The household income the person gave includes parents or other relatives, whose income the supplement does not count."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household income the person gave includes parents or other relatives, whose income the supplement does not count"
    reference = "https://www.droitsquotidiens.be/fr/question/ai-je-droit-un-supplement-dallocations-familiales-si-jai-peu-de-revenus-bruxelles"

    def formula(household, period):
        """Only the income of the person who receives the family allowance and of the partner counts; grandparents, brothers, sisters and other relatives living with them do not."""
        return household("living_with", period) == LivingWith.family
