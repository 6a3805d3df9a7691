from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_integration_allowance_no_disability(Variable):
    """The respondent reports no disability nor health problem limiting daily life."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent reports no disability nor health problem limiting daily life"
    reference = "https://www.socialsecurity.be/citizen/fr/handicap/interventions-et-allocations"

    def formula(household, period):
        """The integration allowance requires a disability reducing autonomy by at least 7 points."""
        return ~household("disability", period)
