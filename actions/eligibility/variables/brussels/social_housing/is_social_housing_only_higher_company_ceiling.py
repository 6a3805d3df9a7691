from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_social_housing_only_higher_company_ceiling(Variable):
    """The household's income is above the usual ceiling, within the higher ceiling some housing companies apply."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household's income is above the usual ceiling, within the higher ceiling some housing companies apply"
    reference = "https://slrb-bghm.brussels/nl/huurder-worden/toelatingsvoorwaarden"

    def formula(household, period, parameters):
        """Some housing companies accept incomes up to a higher ceiling; only they can tell."""
        below, near = ceiling_position(
            household("annual_taxable_income", period),
            household("social_housing_upper_income_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return ~below * ~near * ~household("is_social_housing_income_above_ceiling", period)
