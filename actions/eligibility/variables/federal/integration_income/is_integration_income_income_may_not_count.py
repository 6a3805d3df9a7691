from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class is_integration_income_income_may_not_count(Variable):
    """The household income includes people (parents, relatives, flatmates) whose income may not count."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Lives with family or others whose income may not count"
    reference = "https://inforjeunesmons.be/je-cohabite-avec-une-ou-plusieurs-personnes-quelles-consequences-sur-mon-ris"

    def formula(household, period):
        """A partner's resources always count; parents' may count; siblings', other relatives' and flatmates' never do."""
        living_with = household("living_with", period)
        return (living_with == LivingWith.family) + (living_with == LivingWith.others)
