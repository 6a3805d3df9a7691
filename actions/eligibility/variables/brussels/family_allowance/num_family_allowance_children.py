from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class num_family_allowance_children(Variable):
    """Children of the household of an age that can open the Brussels family allowance (0 to 24)."""

    value_type = int
    entity = Household
    definition_period = DAY
    label = "Children aged 0 to 24"
    reference = "https://www.bruxelles-j.be/ton-autonomie/tu-es-mineur/quels-sont-les-montants-des-allocations-familiales-peux-tu-percevoir-tes-allocations-toi-meme"

    def formula(household, period):
        """Family allowances are due for every child up to 24; from 18 only while studying, in apprenticeship or job-seeking."""
        return (
            household("num_children_under_12", period)
            + household("num_children_12_to_17", period)
            + household("num_children_18_to_24", period)
        )
