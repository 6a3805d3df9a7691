from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class social_housing_income_raise(Variable):
    """Raise of the social-housing income ceiling for the household's dependent children and disabled adult."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Raise of the social housing ceiling"
    reference = "https://binhome.brussels/candidats"

    def formula(household, period, parameters):
        """The ceiling rises per dependent child and per disabled adult of the household."""
        ceiling = parameters(period).brussels.social_housing.income_ceiling
        return (
            household("children", period) * ceiling.per_dependent_child
            + household("disability", period) * ceiling.per_disabled_adult
        )
