from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.statuses import is_status


class is_eligible_to_gateway_benefit(Variable):
    """The household may get a cascade root (RIS or equivalent aid, GRAPA, ARR, AI, APA) it does not receive yet."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household may get a cascade root (RIS or equivalent aid, GRAPA, ARR, AI, APA) it does not receive yet"

    def formula(household, period):
        """Once granted, RIS, equivalent aid, GRAPA, a disability allowance or APA open BIM and the social energy tariff automatically."""
        statuses = [
            household("integration_income_status", period),
            household("equivalent_social_aid_status", period),
            household("elderly_income_guarantee_status", period),
            household("disability_income_allowance_status", period),
            household("integration_allowance_status", period),
            household("elderly_care_allowance_status", period),
        ]
        follows = sum(is_status(s, "eligible", "possibly_eligible") for s in statuses) > 0
        return follows * ~household("is_receiving_gateway_benefit", period)
