from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class family_allowance_amount(Variable):
    """Highest monthly base amount of family allowance for the household's children, before any supplement."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Family allowance per month, up to"
    reference = "https://www.kidslife.be/nl/kinderbijslag/brussel"

    def formula(household, period, parameters):
        """The base amount per child depends on the child's age, studies and birth year; the amounts for children born from 2020 are the highest."""
        base = parameters(period).brussels.family_allowance.base_amount.born_from_2020
        amount = (
            household("num_children_under_12", period) * base.age_0_to_11
            + household("num_children_12_to_17", period) * base.age_12_to_17
            + household("num_children_18_to_24", period) * base.age_18_to_24_in_higher_education
        )
        return amount * household("is_family_allowance_eligible", period)
