from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_elderly_income_guarantee_eligible(Variable):
    """Every condition of GRAPA the bot can check is met or may be met."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Every condition of GRAPA the bot can check is met or may be met"
    reference = "https://www.okra.be/info-en-advies/pensioen-en-inkomen/inkomensgarantie-voor-ouderen"

    def formula(household, period):
        """A person of pension age, residing in Belgium with a covered nationality or status and resources under the guaranteed amount, has a right to GRAPA."""
        return (
            ~household("is_elderly_income_guarantee_age_too_low", period)
            * ~household("is_elderly_income_guarantee_residence_excluded", period)
            * ~household("is_elderly_income_guarantee_income_above_ceiling", period)
        )
