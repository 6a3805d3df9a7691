from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_increased_reimbursement_after_three_months(Variable):
    """The household receives the integration income or equivalent aid, which opens BIM after three months."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household receives the integration income or equivalent aid, which opens BIM after three months"

    def formula(household, period):
        """The integration income or equivalent CPAS aid opens BIM automatically after three full consecutive months."""
        return household("receives_integration_income", period) + household("receives_equivalent_social_aid", period)
