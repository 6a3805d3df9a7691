from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_maximum_billing_residence_excluded(Variable):
    """The respondent has no papers and cannot be affiliated to a mutuality."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent has no papers and cannot be affiliated to a mutuality"
    reference = "http://www.riziv.fgov.be/fr/themes/cout-remboursement/facilite-financiere/Pages/types-maximum-facturer-(MAF)-.aspx"

    def formula(household, period):
        """People without a right of residence are not insured by a mutuality; urgent medical aid covers them instead."""
        return household("residence_status", period) == ResidenceStatus.no_papers
