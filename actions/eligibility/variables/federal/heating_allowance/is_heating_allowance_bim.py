from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_heating_allowance_bim(Variable):
    """The household has the increased reimbursement (BIM), or receives a right that grants it automatically: category 1."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "BIM household (category 1)"
    reference = "https://cpasconnect.be/actualites/actualite/720858527752530596"

    def formula(household, period):
        """Category 1 is for households with the increased reimbursement (BIM)."""
        return household("receives_increased_reimbursement", period) + household("is_receiving_gateway_benefit", period)
