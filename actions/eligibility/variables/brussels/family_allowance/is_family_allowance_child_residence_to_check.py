from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_family_allowance_child_residence_to_check(Variable):
    """The respondent is an asylum seeker or has no papers: the child's own residence status decides."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Child's residence status to check"
    reference = "https://bruxelles-j.be/?p=26212"

    def formula(household, period):
        """A child opens the Brussels family allowance if Belgian or holding a residence permit; the child's status may differ from the parent's."""
        status = household("residence_status", period)
        return (status == ResidenceStatus.asylum_seeker) + (status == ResidenceStatus.no_papers)
