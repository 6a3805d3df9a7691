from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_maximum_billing_not_insured(Variable):
    """The respondent is not affiliated to a mutuality, which must come first."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is not affiliated to a mutuality, which must come first"
    reference = "http://www.riziv.fgov.be/fr/themes/cout-remboursement/facilite-financiere/Pages/types-maximum-facturer-(MAF)-.aspx"

    def formula(household, period):
        """The MAF is applied by the mutuality to its affiliated members."""
        return ~household("health_insurance", period)
