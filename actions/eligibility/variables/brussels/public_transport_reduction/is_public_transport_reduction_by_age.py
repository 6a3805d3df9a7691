from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_public_transport_reduction_by_age(Variable):
    """The respondent or a child is of an age that gives a STIB reduced subscription in Brussels."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Reduced subscription by age"
    reference = "https://lebonbon.be/bruxelles/news/tarifs-transports-augmenter-1er-fevrier-bruxelles"

    def formula(household, period):
        """STIB sells reduced annual subscriptions to Brussels residents aged 12 to 24 and 65 and over."""
        return (
            household("is_public_transport_reduction_senior", period)
            + household("is_public_transport_reduction_young_respondent", period)
            + household("is_public_transport_reduction_young_child", period)
        )
