from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import is_status


class is_protected_customer_social_tariff_beneficiary(Variable):
    """The household has, or will get automatically, the federal social energy tariff or the increased reimbursement (BIM)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household has, or will get automatically, the federal social energy tariff or the increased reimbursement (BIM)"
    reference = "https://www.brugel.brussels/nl_BE/themes/zich-beschermen-tegen-een-afsluiting-9/wie-kan-genieten-van-het-statuut-van-beschermde-klant-24"

    def formula(household, period):
        """Sibelga grants the protected-customer status without an income test to households with the federal social tariff, with BIM, or in debt mediation."""
        tariff = is_status(household("social_energy_tariff_status", period), "automatic", "already_receiving")
        bim = is_status(household("increased_reimbursement_status", period), "automatic", "already_receiving")
        return tariff + bim
