import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class maximum_billing_annual_ceiling(Variable):
    """Yearly ceiling of the household's co-payments under the MAF."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Yearly ceiling of the household's co-payments under the MAF"
    reference = "http://www.riziv.fgov.be/fr/themes/cout-remboursement/facilite-financiere/Pages/types-maximum-facturer-(MAF)-.aspx"

    def formula(household, period, parameters):
        """The MAF caps a household's yearly co-payments at a ceiling set by its net taxable income (year N-2), or with BIM at the social ceiling, unless its income gives a lower one."""
        maf = parameters(period).federal.maximum_billing
        by_income = maf.income_ceilings.calc(household("annual_taxable_income", period))
        # A BIM household whose income falls in a lower bracket keeps that lower ceiling.
        social = numpy.minimum(maf.social_ceiling, by_income)
        return numpy.where(household("is_maximum_billing_social", period), social, by_income)
