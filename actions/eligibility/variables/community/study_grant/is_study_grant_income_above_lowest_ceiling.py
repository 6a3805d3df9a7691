from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_study_grant_income_above_lowest_ceiling(Variable):
    """The household's income is not clearly below the lowest income ceiling: the ceiling for its dependants decides."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household's income is not clearly below the lowest income ceiling: the ceiling for its dependants decides"
    reference = "https://www.jeminforme.be/tag/etude/page/4/?print=print-search"

    def formula(household, period):
        """Above the ceiling without dependants, only the ceiling for the household's dependants, which was not found, can tell."""
        return ~household("is_study_grant_income_below_lowest_ceiling", period) * ~household("is_study_grant_no_student", period)
