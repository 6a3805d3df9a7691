from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_study_grant_child_in_secondary_age(Variable):
    """A child of the household is 12 to 17, the age of secondary school."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Child of secondary school age"
    reference = "https://allocations-etudes.cfwb.be/en/faq/"

    def formula(household, period):
        """The French Community grants study allowances to pupils of full-time secondary school."""
        return household("num_children_12_to_17", period) > 0
