from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_no_child(Variable):
    """The household has no child aged 0 to 24."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "No child who can open family allowances"
    reference = "https://www.bruxelles-j.be/ton-autonomie/tu-es-mineur/quels-sont-les-montants-des-allocations-familiales-peux-tu-percevoir-tes-allocations-toi-meme"

    def formula(household, period):
        """Family allowances are paid for a child; without a child of 24 or under there is none."""
        return household("num_family_allowance_children", period) == 0
