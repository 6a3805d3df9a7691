import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class social_housing_lower_income_ceiling(Variable):
    """Social-housing income ceiling of the household when it counts as a single person or has one income."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Social housing ceiling, one income"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period, parameters):
        """A single person has the single ceiling; any other household at least the one-income ceiling."""
        ceiling = parameters(period).brussels.social_housing.income_ceiling
        alone = (household("living_with", period) == LivingWith.alone) * (household("children", period) == 0)
        base = numpy.where(alone, ceiling.single, ceiling.one_income)
        return base + household("social_housing_income_raise", period)
