from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_legal_aid_eligible(Variable):
    """The respondent may get second-line legal aid (pro deo) totally or partly free."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "May be entitled to legal aid"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period):
        """A person whose net monthly income is under the ceiling, or who is presumed to lack resources, gets a lawyer totally or partly free."""
        return (
            household("is_legal_aid_presumed", period)
            + ~household("is_legal_aid_income_above_ceiling", period)
            + household("is_legal_aid_income_may_not_count", period)
        )
