from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_disability_income_allowance_age_too_high(Variable):
    """The respondent has reached both the age limit of the ARR and the legal pension age."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent has reached both the age limit of the ARR and the legal pension age"
    reference = "http://handijob.net/news-informations-sur-la-proposition-de-loi-relative-lage-maximum-pour-demander-des-allocations.html"

    def formula(household, period, parameters):
        """The ARR must be requested before 65; a law approved in 2025 moves that limit to the pension age, from a date not known, so only from the pension age is the answer a no."""
        limit = max(parameters(period).federal.disability_income_allowance.maximum_age, parameters(period).federal.elderly_income_guarantee.minimum_age)
        return household("age", period) >= limit
