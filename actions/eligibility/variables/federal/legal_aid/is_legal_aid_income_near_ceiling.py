from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_legal_aid_income_near_ceiling(Variable):
    """The household's net monthly income is close to the partly-free ceiling."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Income near the partly-free ceiling"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period, parameters):
        """Close to the ceiling only the legal aid office can tell."""
        _, near = ceiling_position(
            household("monthly_income", period),
            household("legal_aid_partly_free_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return near
