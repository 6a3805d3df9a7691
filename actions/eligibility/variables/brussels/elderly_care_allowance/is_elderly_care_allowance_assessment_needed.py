from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_elderly_care_allowance_assessment_needed(Variable):
    """The right depends on Iriscare's autonomy assessment and an income test whose ceilings were not found."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The right depends on Iriscare's autonomy assessment and an income test whose ceilings were not found"
    reference = "https://www.myiriscare.brussels/fr/faq"

    def formula(household, period):
        """Iriscare's evaluation centre assesses autonomy and income, which the bot cannot do."""
        return household("is_elderly_care_allowance_eligible", period)
