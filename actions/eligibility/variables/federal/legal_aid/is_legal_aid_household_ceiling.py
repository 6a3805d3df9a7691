from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class is_legal_aid_household_ceiling(Variable):
    """The respondent lives with a partner or has dependants: the household ceilings apply."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Household ceilings"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period):
        """A person with dependants or living with a partner is judged on the household ceilings; others on the single ceilings."""
        return (household("living_with", period) == LivingWith.partner) + (household("children", period) > 0)
