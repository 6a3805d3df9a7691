import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class social_housing_upper_income_ceiling(Variable):
    """Social-housing income ceiling of the household when it has several incomes."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Social housing ceiling, several incomes"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period, parameters):
        """A household with several incomes has the higher ceiling; a single person keeps the single ceiling."""
        ceiling = parameters(period).brussels.social_housing.income_ceiling
        alone = (household("living_with", period) == LivingWith.alone) * (household("children", period) == 0)
        several = (household("living_with", period) != LivingWith.alone)
        base = numpy.select([alone, several], [ceiling.single, ceiling.several_incomes], default=ceiling.one_income)
        return base + household("social_housing_income_raise", period)
