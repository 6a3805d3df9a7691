from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_integration_allowance_residence_excluded(Variable):
    """The respondent is an asylum seeker or has no papers."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is an asylum seeker or has no papers"
    reference = "https://www.socialsecurity.be/citizen/fr/handicap/interventions-et-allocations"

    def formula(household, period):
        """The integration allowance requires registration and residence in Belgium."""
        return ~household("is_legally_resident", period)
