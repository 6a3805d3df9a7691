from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class maximum_billing_amount(Variable):
    """The yearly co-payment ceiling that applies to the household, when it is covered."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "The yearly co-payment ceiling that applies to the household, when it is covered"
    reference = "http://www.riziv.fgov.be/fr/themes/cout-remboursement/facilite-financiere/Pages/types-maximum-facturer-(MAF)-.aspx"

    def formula(household, period):
        """Above this yearly amount of co-payments, the mutuality reimburses them in full."""
        return household("maximum_billing_annual_ceiling", period) * household("is_maximum_billing_eligible", period)
