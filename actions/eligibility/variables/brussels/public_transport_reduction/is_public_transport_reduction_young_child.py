from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.profile import num_children_aged


class is_public_transport_reduction_young_child(Variable):
    """A child of the household is of the age of the STIB reduced youth subscription and the household lives in Brussels."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Child of the youth subscription's age living in Brussels"
    reference = "https://www.lesoir.be/380019/article/2021-06-23/le-prix-de-labonnement-scolaire-de-la-stib-baissera-des-le-1er-juillet"

    def formula(household, period, parameters):
        """Children aged 12 to 24 living in Brussels get the STIB school or youth subscription at the reduced price, free from the third child."""
        youth = parameters(period).brussels.public_transport_reduction
        young = num_children_aged(household, period, parameters, youth.youth_min_age, youth.youth_max_age)
        return (young > 0) * household("is_in_brussels", period)
