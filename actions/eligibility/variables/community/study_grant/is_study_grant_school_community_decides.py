from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_study_grant_school_community_decides(Variable):
    """A pupil or student is in the household; which Community's grant applies depends on the school."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The school's Community decides"
    reference = "https://allocations-etudes.cfwb.be/en/faq/"

    def formula(household, period):
        """A French-speaking school opens the French Community's allowance, a Dutch-speaking one the Flemish school supplement or study grant."""
        return ~household("is_study_grant_no_student", period)
