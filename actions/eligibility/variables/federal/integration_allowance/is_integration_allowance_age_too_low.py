from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_integration_allowance_age_too_low(Variable):
    """The respondent is younger than the minimum age of the integration allowance."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is younger than the minimum age of the integration allowance"
    reference = "https://www.socialsecurity.be/citizen/fr/handicap/interventions-et-allocations"

    def formula(household, period, parameters):
        """The integration allowance is granted from the minimum age."""
        return household("age", period) < parameters(period).federal.integration_allowance.minimum_age
