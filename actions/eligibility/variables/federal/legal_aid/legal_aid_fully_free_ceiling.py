import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class legal_aid_fully_free_ceiling(Variable):
    """Net monthly income up to which legal aid is totally free for the household."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Legal aid totally free up to"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period, parameters):
        """Legal aid is totally free under the single or household ceiling, raised per dependant."""
        ceiling = parameters(period).federal.legal_aid.income_ceiling
        household_ceiling = household("is_legal_aid_household_ceiling", period)
        base = numpy.where(household_ceiling, ceiling.household.fully_free, ceiling.single.fully_free)
        return base + household("legal_aid_dependants_raise", period)
