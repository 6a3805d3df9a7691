from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_increased_reimbursement_residence_excluded(Variable):
    """The respondent has no papers and cannot be affiliated to a mutuality."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent has no papers and cannot be affiliated to a mutuality"
    reference = "https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx"

    def formula(household, period):
        """BIM is granted by the mutuality, to which people without a right of residence cannot be affiliated."""
        return household("residence_status", period) == ResidenceStatus.no_papers
