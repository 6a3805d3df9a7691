from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.income import ceiling_position


class is_disability_income_allowance_income_near_ceiling(Variable):
    """The household's estimated taxable income is close to the ARR maximum of its category."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household's estimated taxable income is close to the ARR maximum of its category"
    reference = "https://www.droitsquotidiens.be/fr/question/jai-droit-une-allocation-de-remplacement-de-revenus-arr-combien-vais-je-recevoir"

    def formula(household, period, parameters):
        """The ARR is the maximum of the category reduced by the income that counts."""
        position = ceiling_position(
            household("annual_taxable_income", period),
            household("disability_income_allowance_annual_amount", period),
            parameters(period).income.ceiling_margin,
        )
        return position[1]
