from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_integration_allowance_medical_assessment_needed(Variable):
    """The right depends on the assessment of autonomy (points) and on an income test."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The right depends on the assessment of autonomy (points) and on an income test"
    reference = "https://www.socialsecurity.be/citizen/fr/handicap/interventions-et-allocations"

    def formula(household, period):
        """The DG Persons with disabilities assesses autonomy and income, which the bot cannot do."""
        return household("is_integration_allowance_eligible", period)
