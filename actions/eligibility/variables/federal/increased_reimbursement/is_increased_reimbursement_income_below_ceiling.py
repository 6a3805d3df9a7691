from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_increased_reimbursement_income_below_ceiling(Variable):
    """The household's estimated taxable income is clearly below the BIM ceiling."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household's estimated taxable income is clearly below the BIM ceiling"
    reference = "https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx"

    def formula(household, period, parameters):
        """BIM by the income route requires a gross taxable household income under the ceiling for its size."""
        position = ceiling_position(
            household("annual_taxable_income", period),
            household("increased_reimbursement_annual_ceiling", period),
            parameters(period).income.ceiling_margin,
        )
        return position[0]
