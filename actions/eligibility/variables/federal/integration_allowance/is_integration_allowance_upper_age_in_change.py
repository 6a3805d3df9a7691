from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_integration_allowance_upper_age_in_change(Variable):
    """The respondent is between the age limit of the integration allowance and the pension age, which a 2025 law makes the new limit from a date not known."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is between the age limit of the integration allowance and the pension age, which a 2025 law makes the new limit from a date not known"
    reference = "http://handijob.net/news-informations-sur-la-proposition-de-loi-relative-lage-maximum-pour-demander-des-allocations.html"

    def formula(household, period, parameters):
        """A law approved on 26 September 2025 raises the upper age to the pension age; its date in force was not found, so the office checks."""
        p = parameters(period).federal
        age = household("age", period)
        return (age >= p.integration_allowance.maximum_age) * (age < p.elderly_income_guarantee.minimum_age)
