from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import is_status


class is_public_transport_reduction_bim_to_claim_first(Variable):
    """The household may get the increased reimbursement (BIM) but does not have it yet."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "BIM to claim first"
    reference = "https://trends.levif.be/mon-argent/stib-les-tarifs-vont-serieusement-augmenter-en-fevrier/"

    def formula(household, period):
        """The STIB preferential fare follows the increased reimbursement (BIM), which the mutuality grants first."""
        bim_status = household("increased_reimbursement_status", period)
        return is_status(bim_status, "eligible", "possibly_eligible") * ~household("is_public_transport_reduction_bim_holder", period)
