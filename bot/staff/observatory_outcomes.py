"""What came of the requests (received, waiting, refused), per right, for the dashboard: read
from the records' `outcome_<right>` columns, which the follow-up fills.

Shown as shares of the outcomes told for a right, all three or none: each from 10 answers or more
(the rule of the reasons in small_cells.py). No count is printed, so no count can be subtracted
from the page's other numbers. Without any outcome in the period the page shows no such column.
"""

from __future__ import annotations

from sqlalchemy import and_, case, func, or_, select

from actions.eligibility.enums import RIGHT_IDS
from actions.observatory.record import OUTCOMES
from actions.observatory.small_cells import THRESHOLD
from actions.observatory.store import Store
from actions.observatory.tables import screenings


def outcome_counts(store: Store, start, end, sources: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Right id -> answers per outcome (OUTCOMES order), for the rights with any; {} when none."""
    where = [screenings.c.source.in_(sources)]
    if start:
        where.append(screenings.c.week >= start)
    if end:
        where.append(screenings.c.week <= end)
    columns = [screenings.c[f"outcome_{right}"] for right in RIGHT_IDS]
    with store.engine.connect() as connection:
        # Most stores have no outcome yet: this look stops at the first one, and spares the sums.
        if connection.execute(select(1).where(and_(*where), or_(*(c.isnot(None) for c in columns))).limit(1)).first() is None:
            return {}
        sums = [func.sum(case((column == outcome, 1), else_=0)) for column in columns for outcome in OUTCOMES]
        numbers = connection.execute(select(*sums).where(and_(*where))).one()
    found = {}
    for index, right in enumerate(RIGHT_IDS):
        told = tuple(int(n or 0) for n in numbers[index * len(OUTCOMES):(index + 1) * len(OUTCOMES)])
        if any(told):
            found[right] = told
    return found


def outcome_shares(told: tuple[int, ...]) -> list[str]:
    """The share of each outcome, printed together when each comes from 10 answers or more."""
    if not all(n >= THRESHOLD for n in told):
        return ["" for _ in told]
    whole = sum(told)
    return [f"{n / whole:.3f}" for n in told]
