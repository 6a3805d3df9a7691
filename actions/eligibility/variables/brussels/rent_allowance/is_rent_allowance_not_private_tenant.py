from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import Housing


class is_rent_allowance_not_private_tenant(Variable):
    """The household does not rent its home on the private market."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Not a private tenant"
    reference = "https://www.slrb-bghm.brussels/nl/huurder-worden/toelages-hulp-en-alternatieven"

    def formula(household, period):
        """The rent allowance helps candidates who rent a home on the private market as their main residence."""
        return household("housing", period) != Housing.private_rent
