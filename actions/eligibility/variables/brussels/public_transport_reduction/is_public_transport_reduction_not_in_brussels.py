from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_public_transport_reduction_not_in_brussels(Variable):
    """The household lives outside the Brussels-Capital Region."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Lives outside Brussels"
    reference = "https://trends.levif.be/mon-argent/stib-les-tarifs-vont-serieusement-augmenter-en-fevrier/"

    def formula(household, period):
        """The reduced subscriptions by age are for residents of the Brussels-Capital Region."""
        return ~household("is_in_brussels", period)
