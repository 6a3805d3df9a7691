from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_social_energy_tariff_eligible(Variable):
    """Every condition of the social energy tariff the bot can check is met or may be met."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Every condition of the social energy tariff the bot can check is met or may be met"
    reference = "https://economie.fgov.be/fr/themes/energie/energie-sociale/prime-pour-les-installations/qui-droit-la-prime-tarif"

    def formula(household, period):
        """The social tariff goes to households receiving RIS or equivalent CPAS aid, a disability allowance, APA or GRAPA (automatically), and to tenants of social housing heated by a collective gas installation (through the landlord)."""
        return (
            household("is_receiving_gateway_benefit", period)
            + household("is_eligible_to_gateway_benefit", period)
            + household("is_social_energy_tariff_social_tenant", period)
            + household("is_social_energy_tariff_opened_by_increased_reimbursement", period)
        )
