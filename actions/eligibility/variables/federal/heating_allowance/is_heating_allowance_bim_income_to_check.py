from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_heating_allowance_bim_income_to_check(Variable):
    """A BIM household with relatives or flatmates, not clearly under the category 2 ceiling: the CPAS checks who has BIM and the income."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "A BIM household with relatives or flatmates, not clearly under the category 2 ceiling: the CPAS checks who has BIM and the income"
    reference = "https://primabook.mi-is.be/nl/energie/sociaal-mazoutfonds"

    def formula(household, period):
        """A BIM household must also be under the category 2 ceiling unless everyone in it has BIM, which the bot cannot check for relatives or flatmates."""
        return (
            household("is_heating_allowance_bim", period)
            * ~household("is_heating_allowance_bim_without_income_test", period)
            * ~household("is_heating_allowance_income_below_ceiling", period)
        )
