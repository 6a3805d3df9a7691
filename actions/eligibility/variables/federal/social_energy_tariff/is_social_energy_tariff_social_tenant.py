from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import Housing


class is_social_energy_tariff_social_tenant(Variable):
    """The household rents social housing: the tariff applies only if the building is heated by a collective gas installation."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household rents social housing: the tariff applies only if the building is heated by a collective gas installation"
    reference = "https://www.mediateurenergie.be/de/node/1263"

    def formula(household, period):
        """Category 4 covers only tenants of social-housing buildings heated by a collective natural-gas installation, applied through the landlord's contract."""
        return household("housing", period) == Housing.social_rent
