from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_disability_income_allowance_eligible(Variable):
    """Every condition of the ARR the bot can check is met or may be met."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Every condition of the ARR the bot can check is met or may be met"
    reference = "https://handicap.belgium.be/fr/nos-services/allocation-integration.htm"

    def formula(household, period):
        """A person aged 21 to 65 with a recognised reduction of earning capacity, legally resident, whose household income does not exceed the allowance, may get the ARR."""
        return (
            ~household("is_disability_income_allowance_no_disability", period)
            * ~household("is_disability_income_allowance_age_too_low", period)
            * ~household("is_disability_income_allowance_age_too_high", period)
            * ~household("is_disability_income_allowance_residence_excluded", period)
            * ~household("is_disability_income_allowance_income_above_ceiling", period)
        )
