from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_integration_income_minor_exception(Variable):
    """The respondent is a minor who may fall under an exception (child in charge, or married)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Minor who may be entitled by exception"
    reference = "https://primabook.mi-is.be/fr/droit-lintegration-sociale/les-ayants-droits-et-le-montant-du-revenu-dintegration"

    def formula(household, period, parameters):
        """A minor with a child in charge may claim the integration income; a minor living with a partner only if married (emancipated), which the CPAS checks."""
        minor = household("age", period) < parameters(period).federal.integration_income.minimum_age
        # A child in charge is a fact the person gave; marriage (for a minor with a partner) is not.
        return minor * ~household("is_integration_income_age_too_low", period) * (household("children", period) == 0)
