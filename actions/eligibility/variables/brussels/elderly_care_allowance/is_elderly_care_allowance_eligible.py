from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_elderly_care_allowance_eligible(Variable):
    """Every condition of the APA the bot can check is met or may be met."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Every condition of the APA the bot can check is met or may be met"
    reference = "https://www.myiriscare.brussels/fr/faq"

    def formula(household, period):
        """A person aged 65 or more, domiciled in Brussels, with reduced autonomy and a low income may get the APA from Iriscare."""
        return (
            ~household("is_elderly_care_allowance_not_in_brussels", period)
            * ~household("is_elderly_care_allowance_age_too_low", period)
            * ~household("is_elderly_care_allowance_no_reduced_autonomy", period)
            * ~household("is_elderly_care_allowance_no_domicile", period)
        )
