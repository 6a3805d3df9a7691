from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_study_grant_child_in_higher_education_age(Variable):
    """A child of the household is 18 to 24, an age of secondary school or higher education."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Child of higher-education age"
    reference = "https://allocations-etudes.cfwb.be/en/faq/"

    def formula(household, period):
        """Both Communities grant study allowances to students in higher education."""
        return household("num_children_18_to_24", period) > 0
