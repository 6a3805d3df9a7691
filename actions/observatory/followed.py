"""The follow-up's answers counted again from the records (Store.rebuild_tallies): one count a
right answered, by what came of it, for the records the follow-up completed (issue 15)."""

from __future__ import annotations

from typing import Iterator

from sqlalchemy import and_, func, select

from actions.eligibility.enums import RIGHT_IDS
from actions.observatory.tables import ANY_RIGHT, FOLLOWED, screenings


def followed_counts(connection) -> Iterator[tuple]:
    """(week, source, commune, right, {count: number}) of the followed-up records, for rebuilding
    the tallies from the records (Store.rebuild_tallies); the `any` rows sum every right."""
    key = (screenings.c.week, screenings.c.source, screenings.c.commune)
    for right in RIGHT_IDS:
        column = screenings.c[f"outcome_{right}"]
        statement = (select(*key, column, func.count()).where(and_(screenings.c.followed_up.is_(True),
                                                                    column.is_not(None)))
                     .group_by(*key, column))
        for week, source, commune, outcome, number in connection.execute(statement):
            if outcome in FOLLOWED:
                counts = {"followed_up": number, f"followed_{outcome}": number}
                yield week, source, commune, right, counts
                yield week, source, commune, ANY_RIGHT, counts
