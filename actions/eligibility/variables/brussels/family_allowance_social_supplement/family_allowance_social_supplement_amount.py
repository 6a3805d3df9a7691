import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class family_allowance_social_supplement_amount(Variable):
    """Monthly social supplement for all the household's children, from the table of the income band."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Social supplement per month"
    reference = "https://famiris.brussels/fr/faq/supplement-social/demander-supplement-social"

    def formula(household, period, parameters):
        """The supplement per child depends on the income band, the number of children, single parent or couple, and the child's age."""
        table = parameters(period).brussels.family_allowance_social_supplement.amount
        low, high = table.below_lower_ceiling, table.between_ceilings
        children = household("num_family_allowance_children", period)
        young = household("num_children_under_12", period)
        old = household("num_children_12_to_17", period) + household("num_children_18_to_24", period)
        single = household("is_single_parent", period)

        def per_child(node):
            return young * node.age_0_to_11 + old * node.age_12_to_24

        sizes = parameters(period).brussels.family_allowance_social_supplement
        one, two = children < sizes.min_children_between_ceilings, children < sizes.min_children_large_family
        below = numpy.select(
            [one, two * single, two, single],
            [per_child(low.one_child), per_child(low.two_children_single_parent), per_child(low.two_children_couple),
             per_child(low.three_or_more_children_single_parent)],
            default=per_child(low.three_or_more_children_couple),
        )
        between = numpy.select(
            [one, two],
            [per_child(high.one_child), per_child(high.two_children)],
            default=per_child(high.three_or_more_children),
        )
        in_lower_band = household("annual_taxable_income", period) < parameters(period).brussels.family_allowance_social_supplement.income_ceiling.lower
        amount = numpy.where(in_lower_band, below, between)
        return amount * household("is_family_allowance_social_supplement_eligible", period)
