from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_health_insurance_affiliation_eligible(Variable):
    """The respondent may affiliate to a mutuality (mutualité / ziekenfonds)."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "May affiliate to a mutuality"
    reference = "https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx"

    def formula(household, period):
        """Every person registered in Belgium can affiliate to a mutuality or to the CAAMI/HZIV, if need be as a resident."""
        return ~household("is_health_insurance_affiliation_no_papers", period)
