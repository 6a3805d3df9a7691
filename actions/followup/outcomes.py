"""The follow-up's answers in the observatory's record, when the person agreed to both: what came
of each right (received, waiting, refused, not_asked and why), and the counts `make stats`
reads. Never the address: the record gets the answer and nothing else.
"""

from __future__ import annotations

from typing import Optional

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite

from actions.eligibility.enums import RIGHT_IDS
from actions.followup.answers import NOT_ASKED, REASONS, STATUSES
from actions.observatory.store import Store
from actions.observatory.tables import ANY_RIGHT, COUNTS, OUTCOME_COUNTS, screenings, tallies


def add_outcome(store: Store, record: str, right: str, outcome: str, reason: Optional[str] = None) -> bool:
    """Writes one right's outcome into the record `record`, and counts it, in one transaction;
    False when the record is gone (past the observatory's retention) or the values are wrong."""
    if right not in RIGHT_IDS or outcome not in STATUSES or (reason is not None and reason not in REASONS):
        return False
    with store.engine.begin() as connection:
        row = connection.execute(select(screenings.c.week, screenings.c.source, screenings.c.commune)
                                 .where(screenings.c.id == record)).first()
        if row is None:
            return False
        connection.execute(update(screenings).where(screenings.c.id == record).values({
            f"outcome_{right}": outcome, f"why_not_asked_{right}": reason if outcome == NOT_ASKED else None,
            "followed_up": True}))
        key = {"week": row.week, "source": row.source, "commune": row.commune}
        rows = [{**key, "right": name, **{n: 0 for n in (*COUNTS, *OUTCOME_COUNTS)},
                 "followed_up": 1, f"followed_{outcome}": 1} for name in (right, ANY_RIGHT)]
        insert = (postgresql.insert if store.engine.dialect.name == "postgresql" else sqlite.insert)(tallies)
        counts = {name: getattr(tallies.c, name) + getattr(insert.excluded, name) for name in OUTCOME_COUNTS}
        connection.execute(insert.on_conflict_do_update(index_elements=["week", "source", "commune", "right"],
                                                        set_=counts), rows)
    return True
