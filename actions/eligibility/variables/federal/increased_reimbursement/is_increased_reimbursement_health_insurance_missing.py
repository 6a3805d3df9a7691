from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_increased_reimbursement_health_insurance_missing(Variable):
    """The respondent is not affiliated to a mutuality, which must come first."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is not affiliated to a mutuality, which must come first"
    reference = "https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx"

    def formula(household, period):
        """BIM is a status of the mutuality: the person must be affiliated to receive it."""
        return ~household("health_insurance", period)
