from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_integration_allowance_eligible(Variable):
    """Every condition of the integration allowance the bot can check is met or may be met."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Every condition of the integration allowance the bot can check is met or may be met"
    reference = "https://www.socialsecurity.be/citizen/fr/handicap/interventions-et-allocations"

    def formula(household, period):
        """A legally resident person of working age with reduced autonomy of at least 7 points may get the integration allowance, subject to an income test whose ceilings were not found."""
        return (
            ~household("is_integration_allowance_no_disability", period)
            * ~household("is_integration_allowance_age_too_low", period)
            * ~household("is_integration_allowance_age_too_high", period)
            * ~household("is_integration_allowance_residence_excluded", period)
        )
