from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class is_legal_aid_income_may_not_count(Variable):
    """The household income includes parents, relatives or flatmates whose income may not count."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Lives with family or others whose income may not count"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period):
        """The income of the person and of the partner living with them counts; that of other people under the same roof may not."""
        living_with = household("living_with", period)
        return (living_with == LivingWith.family) + (living_with == LivingWith.others)
