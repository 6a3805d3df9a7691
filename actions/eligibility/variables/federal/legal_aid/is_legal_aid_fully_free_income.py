from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_legal_aid_fully_free_income(Variable):
    """The household's net monthly income is at most the totally-free ceiling (the status uses the partly-free ceiling)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income under the totally-free ceiling"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period):
        """Under the lower ceiling second-line legal aid is totally free."""
        return household("monthly_income", period) <= household("legal_aid_fully_free_ceiling", period)
