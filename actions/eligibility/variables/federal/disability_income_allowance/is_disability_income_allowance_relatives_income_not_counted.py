from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class is_disability_income_allowance_relatives_income_not_counted(Variable):
    """The household income may include parents, relatives or flatmates, whose income the ARR does not count."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household income may include parents, relatives or flatmates, whose income the ARR does not count"
    reference = "https://www.reseau-sam.be/article/fr/605/lallocation-de-remplacement-de-revenus-arr-diminue-t-elle-si-je-vis-avec-dautres-personnes"

    def formula(household, period):
        """Only the income of the person and of a partner counts for the ARR, not that of parents or other people under the same roof."""
        living_with = household("living_with", period)
        return (living_with == LivingWith.family) + (living_with == LivingWith.others)
