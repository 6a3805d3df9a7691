from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_elderly_care_allowance_no_reduced_autonomy(Variable):
    """The respondent reports no disability nor health problem limiting daily life."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent reports no disability nor health problem limiting daily life"
    reference = "https://www.myiriscare.brussels/fr/faq"

    def formula(household, period):
        """The APA requires a reduction of autonomy of at least 7 points."""
        return ~household("disability", period)
