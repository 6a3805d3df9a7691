from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_heating_allowance_eligible(Variable):
    """The household may get the heating allowance of the Fonds social chauffage."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household may get the heating allowance of the Fonds social chauffage"
    reference = "https://primabook.mi-is.be/nl/energie/sociaal-mazoutfonds"

    def formula(household, period):
        """A household heating with a covered fuel that has BIM (under the category 2 ceiling unless everyone has BIM), a low income, or debts under mediation gets an allowance per litre delivered."""
        category = (
            ~household("is_heating_allowance_income_above_ceiling", period)
            + household("is_heating_allowance_bim", period)
            + household("energy_debt", period)
        )
        return ~household("is_heating_allowance_no_covered_fuel", period) * category
