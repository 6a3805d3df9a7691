import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import Housing
from actions.eligibility.enums import LivingWith


class elderly_income_guarantee_monthly_ceiling(Variable):
    """Monthly GRAPA of the household's rate: the ceiling of its resources."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Monthly GRAPA of the household's rate: the ceiling of its resources"
    reference = "https://www.helderrecht.be/nl/vraag/hoeveel-inkomensgarantie-voor-ouderen-krijg-je-als-je-als-oudere-je-woning-deelt"

    def formula(household, period, parameters):
        """GRAPA is the single rate for a person living alone, only with children or relatives, or in a care home, and the base rate for each person sharing the dwelling with a partner or others, minus resources."""
        amount = parameters(period).federal.elderly_income_guarantee.amount
        living_with = household("living_with", period)
        single = (living_with == LivingWith.alone) + (living_with == LivingWith.family) + (household("housing", period) == Housing.care_home)
        return numpy.where(single, amount.single, amount.cohabitant * household("num_adults", period))
