from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import is_status


class is_protected_customer_social_tariff_beneficiary(Variable):
    """The household has or will get the federal social energy tariff automatically."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household has or will get the federal social energy tariff automatically"

    def formula(household, period):
        """Beneficiaries of the federal social tariff in payment difficulty are protected customers without an income test."""
        return is_status(household("social_energy_tariff_status", period), "automatic", "already_receiving")
