import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class rent_allowance_income_ceiling(Variable):
    """Annual income ceiling of the rent allowance for the household's category."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Rent allowance income ceiling for the household"
    reference = "https://www.slrb-bghm.brussels/nl/huurder-worden/toelages-hulp-en-alternatieven"

    def formula(household, period, parameters):
        """The ceiling is the single, household or single-parent amount according to the household's composition."""
        ceiling = parameters(period).brussels.rent_allowance.income_ceiling
        living_with = household("living_with", period)
        lives_as_single = (living_with == LivingWith.alone) + (living_with == LivingWith.others)
        return numpy.select(
            [household("is_single_parent", period), lives_as_single],
            [ceiling.single_parent, ceiling.single],
            default=ceiling.household,
        )
