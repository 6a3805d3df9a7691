import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class legal_aid_partly_free_ceiling(Variable):
    """Net monthly income up to which legal aid is at least partly free for the household."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Legal aid partly free up to"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period, parameters):
        """Legal aid is partly free under the higher single or household ceiling, raised per dependant."""
        ceiling = parameters(period).federal.legal_aid.income_ceiling
        household_ceiling = household("is_legal_aid_household_ceiling", period)
        base = numpy.where(household_ceiling, ceiling.household.partly_free, ceiling.single.partly_free)
        return base + household("legal_aid_dependants_raise", period)
