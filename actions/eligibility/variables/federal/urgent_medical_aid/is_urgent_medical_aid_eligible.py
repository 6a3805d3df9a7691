from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_urgent_medical_aid_eligible(Variable):
    """The respondent may get urgent medical aid from the CPAS of the place where they live."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "May be entitled to urgent medical aid"
    reference = "https://www.agii.be/thema/sociaal-medisch/ocmw-steun/dringende-medische-hulp-dmh/wat-zijn-de-voorwaarden-voor-dringende-medische-hulp"

    def formula(household, period):
        """The CPAS pays the care of a person in irregular stay and in need, on a doctor's urgent medical aid certificate."""
        return ~household("is_urgent_medical_aid_residence_not_covered", period)
