from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_elderly_income_guarantee_residence_to_check(Variable):
    """The respondent holds a residence permit: the pensions service checks the nationality conditions."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent holds a residence permit: the pensions service checks the nationality conditions"
    reference = "https://www.okra.be/info-en-advies/pensioen-en-inkomen/inkomensgarantie-voor-ouderen"

    def formula(household, period):
        """Foreigners other than EEA nationals need a convention country, refugee status or a Belgian pension with long-term residence."""
        return household("residence_status", period) == ResidenceStatus.residence_permit
