from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_study_grant_student_respondent(Variable):
    """The respondent is in secondary school or higher education."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Respondent is a student"
    reference = "https://allocations-etudes.cfwb.be/en/faq/"

    def formula(household, period):
        """Study grants are for pupils in secondary school and students in higher education."""
        return household("student", period)
