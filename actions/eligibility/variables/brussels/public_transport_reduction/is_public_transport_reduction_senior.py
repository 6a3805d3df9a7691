from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_public_transport_reduction_senior(Variable):
    """The respondent is old enough for the STIB senior subscription and lives in Brussels."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Senior living in Brussels"
    reference = "https://www.hbvl.be/cnt/dmf20230127_91983416"

    def formula(household, period, parameters):
        """Brussels residents aged 65 and over get the STIB annual subscription at the reduced senior price."""
        return (household("age", period) >= parameters(period).brussels.public_transport_reduction.senior_min_age) * household("is_in_brussels", period)
