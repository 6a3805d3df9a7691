from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_study_grant_residence_to_check(Variable):
    """The respondent is neither Belgian nor an EU citizen: the Community checks the residence conditions."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Residence conditions to check"
    reference = "https://allocations-etudes.cfwb.be/en/faq/"

    def formula(household, period):
        """Foreign pupils and students must meet nationality or residence conditions."""
        status = household("residence_status", period)
        return (status != ResidenceStatus.belgian) * (status != ResidenceStatus.eu)
