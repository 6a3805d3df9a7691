from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_public_transport_reduction_eligible(Variable):
    """A member of the household may get a STIB/MIVB reduced subscription or the preferential fare."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "May be entitled to a STIB reduction"
    reference = "https://trends.levif.be/mon-argent/stib-les-tarifs-vont-serieusement-augmenter-en-fevrier/"

    def formula(household, period):
        """STIB gives reduced subscriptions by age to Brussels residents and a preferential fare to BIM holders."""
        return (
            household("is_public_transport_reduction_by_age", period)
            + household("is_public_transport_reduction_bim_holder", period)
            + household("is_public_transport_reduction_bim_to_claim_first", period)
        )
