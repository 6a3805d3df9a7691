from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_public_transport_reduction_bim_holder(Variable):
    """The household has the increased reimbursement (BIM), or receives a right that grants it automatically."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "BIM holder"
    reference = "https://trends.levif.be/mon-argent/stib-les-tarifs-vont-serieusement-augmenter-en-fevrier/"

    def formula(household, period):
        """Holders of the increased reimbursement (BIM) get the STIB preferential fare."""
        return household("receives_increased_reimbursement", period) + household("is_receiving_gateway_benefit", period)
