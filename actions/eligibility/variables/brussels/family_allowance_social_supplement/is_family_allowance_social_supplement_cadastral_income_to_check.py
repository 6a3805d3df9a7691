from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_social_supplement_cadastral_income_to_check(Variable):
    """The household owns property: its cadastral income must stay under the ceiling."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Cadastral income to check"
    reference = "https://famiris.brussels/fr/faq/supplement-social/demander-supplement-social"

    def formula(household, period):
        """Since November 2023 the household's total non-indexed cadastral income must not exceed the ceiling."""
        return household("owns_property", period)
