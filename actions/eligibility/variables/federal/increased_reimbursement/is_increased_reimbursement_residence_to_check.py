from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_increased_reimbursement_residence_to_check(Variable):
    """The respondent is an asylum seeker, whose health insurance depends on the reception situation."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is an asylum seeker, whose health insurance depends on the reception situation"
    reference = "https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx"

    def formula(household, period):
        """Asylum seekers are covered by the reception network, and only some are affiliated to a mutuality."""
        return household("residence_status", period) == ResidenceStatus.asylum_seeker
