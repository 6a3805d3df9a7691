from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_increased_reimbursement_income_above_ceiling(Variable):
    """The household's estimated taxable income is clearly above the BIM ceiling."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household's estimated taxable income is clearly above the BIM ceiling"
    reference = "https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx"

    def formula(household, period):
        """Income above the ceiling excludes BIM by the income route."""
        return ~household("is_increased_reimbursement_income_below_ceiling", period) * ~household("is_increased_reimbursement_income_near_ceiling", period)
