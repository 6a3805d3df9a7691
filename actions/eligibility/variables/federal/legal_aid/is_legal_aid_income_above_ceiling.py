from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_legal_aid_income_above_ceiling(Variable):
    """The household's net monthly income is clearly above the partly-free ceiling."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income clearly above the partly-free ceiling"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period):
        """Above the higher ceiling legal aid is not free, unless the person is presumed to lack resources."""
        return ~household("is_legal_aid_income_below_ceiling", period) * ~household("is_legal_aid_income_near_ceiling", period)
