from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_legal_aid_dependant_raise_outdated(Variable):
    """The household has dependants and the latest sourced raise per dependant is older than the ceilings."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Raise per dependant outdated"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period):
        """The household ceilings rise per dependant by an amount indexed every year, whose current value was not found."""
        return household("children", period) > 0
