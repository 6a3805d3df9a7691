from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class has_income_student_job(Variable):
    """The household has income of source 'student_job' (contract field income_sources)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household has income of source 'student_job' (contract field income_sources)."
