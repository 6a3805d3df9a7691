from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class increased_reimbursement_status(Variable):
    """Status of the increased reimbursement (intervention majorée / verhoogde tegemoetkoming) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Status of the increased reimbursement (intervention majorée / verhoogde tegemoetkoming) for the household"
    reference = "https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx"

    def formula(household, period):
        """Receiving a cascade root gives BIM automatically (the integration income only after three full months); otherwise the mutuality grants it on an income test, and a root the household may get will open it once granted."""
        # The integration income opens BIM only after three full months, which the bot does not
        # know: such a household is sent to the mutuality by the income route rather than told to wait.
        three_months = household("is_increased_reimbursement_after_three_months", period)
        automatic = household("is_receiving_gateway_benefit", period) * ~three_months
        below = household("is_increased_reimbursement_income_below_ceiling", period)
        uncertain_income = ~below * (
            household("is_increased_reimbursement_income_near_ceiling", period)
            + household("is_increased_reimbursement_income_may_not_count", period)
            + household("is_eligible_to_gateway_benefit", period)
            + three_months
        )
        return status_array(
            household("receives_increased_reimbursement", period),
            household("is_increased_reimbursement_eligible", period),
            possibly=uncertain_income + household("is_increased_reimbursement_residence_to_check", period),
            automatic=automatic,
        )
