from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import ResidenceStatus


class is_legally_resident(Variable):
    """The respondent is Belgian, an EU citizen or holds a residence permit."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "Belgian, EU citizen or residence permit"

    def formula(household, period):
        """Most rights require a legal residence: Belgian, EU citizen or residence permit."""
        status = household("residence_status", period)
        return (
            (status == ResidenceStatus.belgian)
            + (status == ResidenceStatus.eu)
            + (status == ResidenceStatus.residence_permit)
        ) > 0
