from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import is_status


class is_maximum_billing_social(Variable):
    """The household has or will get BIM automatically, which gives the social MAF."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household has or will get BIM automatically, which gives the social MAF"
    reference = "http://www.riziv.fgov.be/fr/themes/cout-remboursement/facilite-financiere/Pages/types-maximum-facturer-(MAF)-.aspx"

    def formula(household, period):
        """Households with the increased reimbursement get the social MAF, with its fixed low ceiling."""
        return is_status(household("increased_reimbursement_status", period), "automatic", "already_receiving")
