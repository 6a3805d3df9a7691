from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_study_grant_eligible(Variable):
    """A pupil or student of the household may get a study grant."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "May be entitled to a study grant"
    reference = "https://allocations-etudes.cfwb.be/en/faq/"

    def formula(household, period):
        """A pupil or student in secondary school or higher education whose household income is under the Community's ceiling may get a study grant every year."""
        return ~household("is_study_grant_no_student", period)
