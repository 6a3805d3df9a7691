from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_social_energy_tariff_opened_by_increased_reimbursement(Variable):
    """The household receives BIM at a date when BIM alone opened the social tariff."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household receives BIM at a date when BIM alone opened the social tariff"
    reference = "https://economie.fgov.be/fr/themes/energie/energie-sociale/prime-pour-les-installations/qui-droit-la-prime-tarif"

    def formula(household, period, parameters):
        """From 1 February 2021 to 30 June 2023 BIM alone gave the social energy tariff."""
        opens = parameters(period).federal.social_energy_tariff.increased_reimbursement_opens
        return household("receives_increased_reimbursement", period) * bool(opens)
