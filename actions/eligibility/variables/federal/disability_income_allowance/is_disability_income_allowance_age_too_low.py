from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_disability_income_allowance_age_too_low(Variable):
    """The respondent is younger than the minimum age of the ARR."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is younger than the minimum age of the ARR"
    reference = "https://www.socialsecurity.be/citizen/fr/handicap/interventions-et-allocations"

    def formula(household, period, parameters):
        """The ARR can be granted from 18 years since 1 August 2020."""
        return household("age", period) < parameters(period).federal.disability_income_allowance.minimum_age
