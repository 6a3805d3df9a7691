import numpy
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from actions.eligibility.entities import Household


class public_transport_reduction_amount(Variable):
    """Yearly price of the respondent's own reduced STIB subscription, by age (the BIM fare was not found)."""

    value_type = float
    entity = Household
    definition_period = DAY
    label = "Reduced STIB subscription per year"
    reference = "https://lebonbon.be/bruxelles/news/tarifs-transports-augmenter-1er-fevrier-bruxelles"

    def formula(household, period, parameters):
        """Brussels residents aged 65 and over, and those aged 12 to 24, pay the reduced yearly price of their group."""
        price = parameters(period).brussels.public_transport_reduction.annual_subscription_price
        return numpy.select(
            [household("is_public_transport_reduction_senior", period), household("is_public_transport_reduction_young_respondent", period)],
            [price.senior, price.youth],
            default=0,
        )
