from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class health_insurance_affiliation_status(Variable):
    """Status of the affiliation to a mutuality for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Health insurance affiliation status"
    reference = "https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx"

    def formula(household, period):
        """A person registered in Belgium who is not affiliated can join a mutuality or the CAAMI/HZIV; for asylum seekers it depends on their situation."""
        return status_array(
            household("is_health_insurance_affiliation_affiliated", period),
            household("is_health_insurance_affiliation_eligible", period),
            possibly=household("is_health_insurance_affiliation_asylum_seeker", period),
        )
