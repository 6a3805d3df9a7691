from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_study_grant_income_below_lowest_ceiling(Variable):
    """The household's income is clearly below the lowest income ceiling of the French-speaking study allowance."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household's income is clearly below the lowest income ceiling of the French-speaking study allowance"
    reference = "https://www.jeminforme.be/tag/etude/page/4/?print=print-search"

    def formula(household, period, parameters):
        """The Wallonia-Brussels Federation grants a study allowance under an income ceiling that rises with the dependants; under the lowest one, income is no obstacle."""
        below, _ = ceiling_position(
            household("annual_taxable_income", period),
            parameters(period).community.study_grant.income_ceiling_no_dependant,
            parameters(period).income.ceiling_margin,
        )
        return below * ~household("is_study_grant_no_student", period)
