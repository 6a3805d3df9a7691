from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_only_adult_children(Variable):
    """Every child of the household who can open family allowances is 18 to 24."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Only children aged 18 to 24"
    reference = "https://www.bruxelles-j.be/ton-autonomie/tu-es-mineur/quels-sont-les-montants-des-allocations-familiales-peux-tu-percevoir-tes-allocations-toi-meme"

    def formula(household, period):
        """From 18 to 24 a child opens family allowances only while studying, in apprenticeship or registered as a job seeker, which the bot does not ask."""
        minors = household("num_children_under_12", period) + household("num_children_12_to_17", period)
        return (minors == 0) * (household("num_children_18_to_24", period) > 0)
