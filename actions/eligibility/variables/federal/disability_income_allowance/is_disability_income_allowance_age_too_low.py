from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_disability_income_allowance_age_too_low(Variable):
    """The respondent is younger than the minimum age of the ARR."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is younger than the minimum age of the ARR"

    def formula(household, period, parameters):
        """The ARR is granted from 21 years (younger only in particular cases)."""
        return household("age", period) < parameters(period).federal.disability_income_allowance.minimum_age
