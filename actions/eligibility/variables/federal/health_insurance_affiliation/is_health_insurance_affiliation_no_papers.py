from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_health_insurance_affiliation_no_papers(Variable):
    """The respondent has no papers: a mutuality cannot affiliate them (urgent medical aid instead)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "No papers"
    reference = "https://www.agii.be/thema/sociaal-medisch/ocmw-steun/dringende-medische-hulp-dmh/wat-zijn-de-voorwaarden-voor-dringende-medische-hulp"

    def formula(household, period):
        """Affiliation requires a registration in a Belgian register; people without papers get urgent medical aid."""
        return household("residence_status", period) == ResidenceStatus.no_papers
