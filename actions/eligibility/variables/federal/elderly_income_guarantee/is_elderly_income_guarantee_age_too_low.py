from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_elderly_income_guarantee_age_too_low(Variable):
    """The respondent is younger than the legal pension age."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is younger than the legal pension age"
    reference = "https://mc.be/en-marche/vos-droits/la-grapa-une-aide-sociale-pour-les-personnes-agees"

    def formula(household, period, parameters):
        """GRAPA can be granted only from the legal pension age."""
        return household("age", period) < parameters(period).federal.elderly_income_guarantee.minimum_age
