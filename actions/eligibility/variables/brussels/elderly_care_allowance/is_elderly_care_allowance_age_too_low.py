from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_elderly_care_allowance_age_too_low(Variable):
    """The respondent is younger than the minimum age of the APA."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is younger than the minimum age of the APA"
    reference = "https://www.myiriscare.brussels/fr/faq"

    def formula(household, period, parameters):
        """The APA is for people aged 65 or more."""
        return household("age", period) < parameters(period).brussels.elderly_care_allowance.minimum_age
