from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import RightStatus, status_array


class legal_aid_status(Variable):
    """Status of second-line legal aid (aide juridique / pro deo) for the household."""

    value_type = Enum
    possible_values = RightStatus
    default_value = RightStatus.not_eligible
    entity = Household
    definition_period = DAY
    label = "Legal aid status"
    reference = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"

    def formula(household, period):
        """The legal aid office of the bar appoints a lawyer free of charge to people under the income ceilings or presumed to lack resources."""
        unsure_income = household("is_legal_aid_income_near_ceiling", period) + household("is_legal_aid_income_above_ceiling", period)
        # The current list of presumed categories was not found: a presumption keeps a higher
        # income open (possibly) rather than deciding it.
        possibly = unsure_income
        return status_array(
            household("receives_legal_aid", period),
            household("is_legal_aid_eligible", period),
            possibly=possibly,
        )
