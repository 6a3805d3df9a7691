from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_legal_aid_partly_free(Variable):
    """Legal aid would be partly free: income between the two ceilings and no presumption."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Partly free"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period):
        """Between the two ceilings the person pays a personal contribution."""
        return (
            ~household("is_legal_aid_presumed", period)
            * ~household("is_legal_aid_fully_free_income", period)
            * household("is_legal_aid_income_below_ceiling", period)
        )
