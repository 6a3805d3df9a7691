from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class urgent_medical_aid_status(Variable):
    """Status of urgent medical aid (aide médicale urgente / dringende medische hulp) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Urgent medical aid status"
    reference = "http://www.ocmw-info-cpas.be/index.php/fiche_FT_fr/laide_medicale_urgente_amu_ft"

    def formula(household, period):
        """The CPAS grants urgent medical aid after a social inquiry, on a doctor's certificate; for precarious EU stays it checks the status first."""
        return status_array(
            household("receives_urgent_medical_aid", period),
            household("is_urgent_medical_aid_eligible", period),
            possibly=household("is_urgent_medical_aid_precarious_status_to_check", period),
        )
