from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class is_family_allowance_social_supplement_several_children(Variable):
    """The household has enough children for the reduced supplement between the two income ceilings."""

    value_type = bool
    entity = Household
    definition_period = DAY
    label = "The household has enough children for the reduced supplement between the two income ceilings"
    reference = "https://www.droitsquotidiens.be/fr/question/ai-je-droit-un-supplement-dallocations-familiales-si-jai-peu-de-revenus-bruxelles"

    def formula(household, period, parameters):
        """Between the two income ceilings the supplement is paid only to households with two or more children."""
        several = parameters(period).brussels.family_allowance_social_supplement.min_children_between_ceilings
        return household("num_family_allowance_children", period) >= several
