from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class integration_income_status(Variable):
    """Status of the integration income (revenu d'intégration / leefloon) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Integration income status"
    reference = "https://primabook.mi-is.be/fr/droit-lintegration-sociale/les-ayants-droits-et-le-montant-du-revenu-dintegration"

    def formula(household, period):
        """The CPAS grants the integration income on request; near the ceiling, for EU citizens, permit holders, minors by exception, shared households, or when another income right comes first, only the CPAS inquiry can tell."""
        possibly = (
            household("is_integration_income_other_rights_first", period) +
            household("is_integration_income_income_near_ceiling", period)
            + household("is_integration_income_residence_to_check", period)
            + household("is_integration_income_minor_exception", period)
            + household("is_integration_income_income_above_ceiling", period) * household("is_integration_income_income_may_not_count", period)
        )
        return status_array(
            household("receives_integration_income", period),
            household("is_integration_income_eligible", period),
            possibly=possibly,
        )
