from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_study_grant_no_student(Variable):
    """Nobody in the household is of an age or situation to study in secondary or higher education."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "No pupil or student in the household"
    reference = "https://allocations-etudes.cfwb.be/en/faq/"

    def formula(household, period):
        """Study grants are only for pupils in secondary school and students in higher education."""
        return ~(
            household("is_study_grant_student_respondent", period)
            + household("is_study_grant_child_in_secondary_age", period)
            + household("is_study_grant_child_in_higher_education_age", period)
        )
