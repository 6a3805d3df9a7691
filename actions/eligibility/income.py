"""The ONE place where the income the person gives is converted to the income the laws speak of.

The person gives the household's total *net monthly* income (contract field `monthly_income`).
Laws speak of other incomes; the engine converts here, and nowhere else:

- annual net income = monthly net income x `income.months_per_year`
  (variable `annual_net_income`);
- annual gross taxable income (BIM, MAF, social supplement, study grants) = annual net income x
  `income.net_to_taxable_factor` (variable `annual_taxable_income`);
- income of year N-2 or N-3 (social housing, rent allowance, MAF): the current income stands for it,
  since the bot cannot ask for an old tax assessment; the margin below absorbs the difference.

Every income test compares through :func:`ceiling_position`: within `income.ceiling_margin` (a
share of the ceiling) on either side of a ceiling the answer is "near", and the right becomes
`possibly_eligible` rather than a yes or a no. A screening errs towards the person.
"""
import numpy


def ceiling_position(income, ceiling, margin):
    """Return (clearly_below, near) bool arrays for income against ceiling with a relative margin.

    clearly_below: income < ceiling x (1 - margin); near: within ceiling x margin of the ceiling;
    clearly above is the rest (~clearly_below & ~near).
    """
    income = numpy.asarray(income, dtype=float)
    ceiling = numpy.asarray(ceiling, dtype=float)
    low = ceiling * (1 - margin)
    high = ceiling * (1 + margin)
    clearly_below = income < low
    near = (income >= low) & (income <= high)
    return clearly_below, near
