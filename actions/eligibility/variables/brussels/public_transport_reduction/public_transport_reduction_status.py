from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class public_transport_reduction_status(Variable):
    """Status of the STIB/MIVB reduced subscriptions and preferential fare for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Public transport reduction status"
    reference = "https://trends.levif.be/mon-argent/stib-les-tarifs-vont-serieusement-augmenter-en-fevrier/"

    def formula(household, period):
        """The reduction is bought at STIB on proof of age and residence, or of BIM; a household still to claim BIM may get it after."""
        possibly = household("is_public_transport_reduction_bim_to_claim_first", period) * ~(
            household("is_public_transport_reduction_by_age", period)
            + household("is_public_transport_reduction_bim_holder", period)
        )
        return status_array(
            household("receives_public_transport_reduction", period),
            household("is_public_transport_reduction_eligible", period),
            possibly=possibly,
        )
