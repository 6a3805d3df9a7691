from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class has_income_unemployment(Variable):
    """The household has income of source 'unemployment' (contract field income_sources)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household has income of source 'unemployment' (contract field income_sources)."
