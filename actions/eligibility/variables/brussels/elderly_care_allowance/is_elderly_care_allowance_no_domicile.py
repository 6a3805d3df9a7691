from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_elderly_care_allowance_no_domicile(Variable):
    """The respondent has no papers and so no domicile in Brussels."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent has no papers and so no domicile in Brussels"
    reference = "https://www.myiriscare.brussels/fr/faq"

    def formula(household, period):
        """The APA has no nationality condition since 2021, but requires a domicile in the Region."""
        return household("residence_status", period) == ResidenceStatus.no_papers
