from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_health_insurance_affiliation_affiliated(Variable):
    """The respondent is already affiliated to a mutuality (or says the household has this right)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Already affiliated"
    reference = "https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx"

    def formula(household, period):
        """A person affiliated to a mutuality has nothing to request."""
        return household("health_insurance", period) + household("receives_health_insurance_affiliation", period)
