from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import Housing


class is_social_energy_tariff_social_tenant(Variable):
    """The household rents social housing from a social-housing company or a CPAS."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household rents social housing from a social-housing company or a CPAS"

    def formula(household, period):
        """Tenants of social housing (category 4) have a right to the social tariff but must apply for it."""
        return household("housing", period) == Housing.social_rent
