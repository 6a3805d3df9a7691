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

    def formula(household, period, parameters):
        """The MAF caps a household's yearly co-payments at a ceiling set by its net taxable income (three years earlier), or at the social ceiling with BIM."""
        maf = parameters(period).federal.maximum_billing
        by_income = maf.income_ceilings.calc(household("annual_taxable_income", period))
        return numpy.where(household("is_maximum_billing_social", period), maf.social_ceiling, by_income)
