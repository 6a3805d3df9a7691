from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_health_insurance_affiliation_asylum_seeker(Variable):
    """The respondent is an asylum seeker, whose care normally goes through the reception network."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Asylum seeker"
    reference = "https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx"

    def formula(household, period):
        """An asylum seeker's care is normally covered by the reception network; a mutuality may affiliate some, for example those who work."""
        return household("residence_status", period) == ResidenceStatus.asylum_seeker
