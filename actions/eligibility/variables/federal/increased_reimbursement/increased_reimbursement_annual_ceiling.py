from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class increased_reimbursement_annual_ceiling(Variable):
    """Annual income ceiling of the increased reimbursement for the household's size."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Annual income ceiling of the increased reimbursement for the household's size"
    reference = "https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx"

    def formula(household, period, parameters):
        """The BIM ceiling is a base amount raised for each additional member of the household (partner and dependants)."""
        ceiling = parameters(period).federal.increased_reimbursement.income_ceiling
        return ceiling.base + ceiling.per_additional_member * (household("num_household_members", period) - 1)
