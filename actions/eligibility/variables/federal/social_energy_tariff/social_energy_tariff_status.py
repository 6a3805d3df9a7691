from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class social_energy_tariff_status(Variable):
    """Status of the social energy tariff (tarif social / sociaal tarief) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Status of the social energy tariff (tarif social / sociaal tarief) for the household"
    reference = "https://economie.fgov.be/fr/themes/energie/energie-sociale/prime-pour-les-installations/qui-droit-la-prime-tarif"

    def formula(household, period):
        """The social tariff is applied automatically to households receiving a qualifying allowance and follows one once granted; social tenants have it only in buildings heated by a collective gas installation, through the landlord."""
        automatic = household("is_receiving_gateway_benefit", period) + household("is_social_energy_tariff_opened_by_increased_reimbursement", period)
        tenant = household("is_social_energy_tariff_social_tenant", period)
        return status_array(
            household("receives_social_energy_tariff", period),
            household("is_social_energy_tariff_eligible", period),
            possibly=household("is_eligible_to_gateway_benefit", period) + tenant,
            automatic=automatic,
        )
