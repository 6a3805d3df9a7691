from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_urgent_medical_aid_irregular_stay(Variable):
    """The respondent has no papers (no or no longer a right of residence)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Irregular stay"
    reference = "https://www.agii.be/thema/sociaal-medisch/ocmw-steun/dringende-medische-hulp-dmh/wat-zijn-de-voorwaarden-voor-dringende-medische-hulp"

    def formula(household, period):
        """Urgent medical aid is for people staying in Belgium without a right of residence."""
        return household("residence_status", period) == ResidenceStatus.no_papers
