from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_integration_allowance_age_too_high(Variable):
    """The respondent has reached the age limit of the integration allowance."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent has reached the age limit of the integration allowance"

    def formula(household, period, parameters):
        """The integration allowance must be requested before 65; older people apply for the APA instead."""
        return household("age", period) >= parameters(period).federal.integration_allowance.maximum_age
