from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_urgent_medical_aid_residence_not_covered(Variable):
    """The respondent has a right of residence that is not precarious: urgent medical aid does not apply."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Legal stay"
    reference = "https://www.agii.be/thema/sociaal-medisch/ocmw-steun/dringende-medische-hulp-dmh/wat-zijn-de-voorwaarden-voor-dringende-medische-hulp"

    def formula(household, period):
        """Urgent medical aid is only for people without a right of residence or in a precarious stay."""
        return ~household("is_urgent_medical_aid_irregular_stay", period) * ~household("is_urgent_medical_aid_precarious_status_to_check", period)
