from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class is_integration_income_age_too_low(Variable):
    """The respondent is under the minimum age and no exception for minors can apply."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Under 18, without child or partner"
    reference = "https://primabook.mi-is.be/fr/droit-lintegration-sociale/les-ayants-droits-et-le-montant-du-revenu-dintegration"

    def formula(household, period, parameters):
        """A minor may claim only if emancipated by marriage, with a child in charge, or pregnant."""
        minor = household("age", period) < parameters(period).federal.integration_income.minimum_age
        exception = (household("children", period) > 0) + (household("living_with", period) == LivingWith.partner)
        return minor * ~exception
