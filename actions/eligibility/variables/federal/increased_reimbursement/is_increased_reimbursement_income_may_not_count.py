from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household
from actions.eligibility.enums import LivingWith


class is_increased_reimbursement_income_may_not_count(Variable):
    """The household income includes relatives or flatmates who are not part of the BIM household."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household income includes relatives or flatmates who are not part of the BIM household"
    reference = "https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx"

    def formula(household, period):
        """The BIM household is the beneficiary, the partner and their dependants; relatives living at the same address are not counted."""
        living_with = household("living_with", period)
        return (living_with == LivingWith.family) + (living_with == LivingWith.others)
