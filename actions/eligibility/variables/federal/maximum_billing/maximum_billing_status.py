from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class maximum_billing_status(Variable):
    """Status of the maximum billing (MAF / maximumfactuur) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Status of the maximum billing (MAF / maximumfactuur) for the household"
    reference = "http://www.riziv.fgov.be/fr/themes/cout-remboursement/facilite-financiere/Pages/types-maximum-facturer-(MAF)-.aspx"

    def formula(household, period):
        """The mutuality applies the MAF automatically to insured households; an uninsured person must first join a mutuality."""
        insured = household("health_insurance", period)
        return status_array(
            household("receives_maximum_billing", period),
            household("is_maximum_billing_eligible", period),
            possibly=~insured,
            automatic=insured,
        )
