from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_increased_reimbursement_eligible(Variable):
    """Every condition of BIM the bot can check is met or may be met."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Every condition of BIM the bot can check is met or may be met"
    reference = "https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx"

    def formula(household, period):
        """BIM is automatic for people receiving RIS, equivalent aid, GRAPA, a disability allowance or APA, and otherwise granted on request when household income is under the ceiling."""
        income_ok = ~household("is_increased_reimbursement_income_above_ceiling", period) + household("is_increased_reimbursement_income_may_not_count", period)
        route = household("is_receiving_gateway_benefit", period) + household("is_eligible_to_gateway_benefit", period) + income_ok
        return route * ~household("is_increased_reimbursement_residence_excluded", period)
