from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class legal_aid_dependants_raise(Variable):
    """Raise of the household legal-aid ceilings for the household's dependent children."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Raise of the legal aid ceilings"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period, parameters):
        """The household ceilings rise by a fixed amount per dependant."""
        return household("children", period) * parameters(period).federal.legal_aid.per_dependant_raise
