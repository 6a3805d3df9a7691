from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_equivalent_social_aid_residence_excluded(Variable):
    """The respondent is an asylum seeker or has no papers: reception or urgent medical aid apply instead."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The respondent is an asylum seeker or has no papers: reception or urgent medical aid apply instead"
    reference = "https://www.mi-is.be/fr/lequivalent-du-revenu-dintegration-sociale"

    def formula(household, period):
        """Asylum seekers get material aid from the reception network and people without papers get urgent medical aid, not equivalent social aid."""
        return ~household("is_legally_resident", period)
