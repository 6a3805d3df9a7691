from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_social_energy_tariff_increased_reimbursement_only(Variable):
    """The household receives BIM but no right that still opens the social tariff."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household receives BIM but no right that still opens the social tariff"
    reference = "https://economie.fgov.be/fr/themes/energie/energie-sociale/prime-pour-les-installations/qui-droit-la-prime-tarif"

    def formula(household, period, parameters):
        """Since 1 July 2023 BIM alone no longer gives the social energy tariff."""
        opens = parameters(period).federal.social_energy_tariff.increased_reimbursement_opens
        other = household("is_receiving_gateway_benefit", period) + household("is_social_energy_tariff_social_tenant", period)
        return household("receives_increased_reimbursement", period) * ~other * (not opens)
