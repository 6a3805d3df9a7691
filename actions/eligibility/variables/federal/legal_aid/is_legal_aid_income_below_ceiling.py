from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_legal_aid_income_below_ceiling(Variable):
    """The household's net monthly income is clearly below the partly-free ceiling."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income clearly below the partly-free ceiling"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period, parameters):
        """Under the higher ceiling second-line legal aid is at least partly free."""
        below, _ = ceiling_position(
            household("monthly_income", period),
            household("legal_aid_partly_free_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return below
