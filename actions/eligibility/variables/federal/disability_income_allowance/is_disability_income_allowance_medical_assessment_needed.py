from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_disability_income_allowance_medical_assessment_needed(Variable):
    """The right depends on the medical assessment of the reduction of earning capacity."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The right depends on the medical assessment of the reduction of earning capacity"
    reference = "https://handicap.belgium.be/fr/nos-services/allocation-integration.htm"

    def formula(household, period):
        """The DG Persons with disabilities decides on a medical assessment that the bot cannot make."""
        return household("is_disability_income_allowance_eligible", period)
