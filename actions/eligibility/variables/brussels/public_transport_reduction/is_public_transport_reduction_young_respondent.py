from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_public_transport_reduction_young_respondent(Variable):
    """The respondent is of the age of the STIB reduced subscription for young people and lives in Brussels."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Young person living in Brussels"
    reference = "https://www.lesoir.be/380019/article/2021-06-23/le-prix-de-labonnement-scolaire-de-la-stib-baissera-des-le-1er-juillet"

    def formula(household, period, parameters):
        """Brussels residents aged 12 to 24 get the STIB annual subscription at the reduced youth price."""
        age = household("age", period)
        young = (age >= parameters(period).brussels.public_transport_reduction.youth_min_age) * (age <= parameters(period).brussels.public_transport_reduction.youth_max_age)
        return young * household("is_in_brussels", period)
