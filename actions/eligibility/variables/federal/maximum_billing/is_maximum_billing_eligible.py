from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_maximum_billing_eligible(Variable):
    """Every condition of the MAF the bot can check is met or may be met."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Every condition of the MAF the bot can check is met or may be met"
    reference = "http://www.riziv.fgov.be/fr/themes/cout-remboursement/facilite-financiere/Pages/types-maximum-facturer-(MAF)-.aspx"

    def formula(household, period):
        """Every household insured by a mutuality is covered by the MAF, without a request."""
        return ~household("is_maximum_billing_residence_excluded", period)
