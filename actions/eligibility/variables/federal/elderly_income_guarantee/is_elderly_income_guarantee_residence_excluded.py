from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_elderly_income_guarantee_residence_excluded(Variable):
    """The respondent is an asylum seeker or has no papers."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is an asylum seeker or has no papers"
    reference = "https://www.okra.be/info-en-advies/pensioen-en-inkomen/inkomensgarantie-voor-ouderen"

    def formula(household, period):
        """GRAPA requires Belgian or EEA nationality, a convention country, refugee or stateless status, or a Belgian pension right with a long-term residence."""
        return ~household("is_legally_resident", period)
