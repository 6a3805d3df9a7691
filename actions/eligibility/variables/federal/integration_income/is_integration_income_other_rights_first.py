from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_integration_income_other_rights_first(Variable):
    """The household may get the income guarantee for older people, which the CPAS asks it to
    claim first (the integration income is a residual right). Disability allowances are not
    counted here: their medical assessment is rarely known during a screening."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Another income right comes before the integration income"
    reference = "https://aide-sociale.be/revenu-dintegration-sociale"

    def formula(household, period):
        """The integration income is granted only once other rights are claimed (droit résiduaire)."""
        return household("is_elderly_income_guarantee_eligible", period)
