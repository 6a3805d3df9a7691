"""What `make -s stats` prints: per group (commune, right, month, source), the screenings, the
rights claimable and received, the estimated non-take-up rate (claimable and not received over
claimable), the share of each reason, and what came of the rights the follow-up of day 14 asked
about (shares received, waiting, refused among them), with the small-cell rule (small_cells.py).

It reads the tallies (tables.py), summed over the weeks asked. A week belongs to the period when
its Monday does. Without `right` in BY, a row counts screenings: claimable when some right was,
received when every claimable right was.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Iterator

from sqlalchemy import func, select

from actions.observatory.small_cells import Counts, followed_shares, published
from actions.observatory.store import Store
from actions.observatory.tables import ANY_RIGHT, COUNTS, FOLLOWED, OUTCOME_COUNTS, REASONS, tallies

DIMENSIONS = ("commune", "right", "month", "source")
DEFAULT_BY = ("commune", "right")
HEADER_COUNTS = ("screenings", "claimable", "received", "non_take_up_rate", *(f"{r}_share" for r in REASONS),
                 # The follow-up of day 14 (issue 15): what came of the rights followed up.
                 "followed_received_share", "followed_waiting_share", "followed_refused_share")
SUMMED = (*COUNTS, *OUTCOME_COUNTS)


class QueryError(ValueError):
    """A value given to the query is wrong; the message is one line naming it."""


@dataclass(frozen=True)
class Query:
    start: datetime.date | None = None
    end: datetime.date | None = None
    by: tuple[str, ...] = DEFAULT_BY


def parse_date(name: str, text: str | None) -> datetime.date | None:
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise QueryError(f"{name}: must be a date written YYYY-MM-DD, not {text!r}") from None


def parse_by(text: str | None) -> tuple[str, ...]:
    if not text:
        return DEFAULT_BY
    names = tuple(part.strip() for part in text.split(","))
    for name in names:
        if name not in DIMENSIONS:
            raise QueryError(f"BY: {name!r} is not one of {', '.join(DIMENSIONS)}")
    if len(set(names)) != len(names):
        raise QueryError("BY: a name is given twice")
    return names


def query_from(start: str | None, end: str | None, by: str | None) -> Query:
    query = Query(parse_date("FROM", start), parse_date("TO", end), parse_by(by))
    if query.start and query.end and query.start > query.end:
        raise QueryError("FROM: must not be after TO")
    return query


def _month(week: datetime.date) -> str:
    return week.strftime("%Y-%m")


def grouped(store: Store, query: Query) -> dict[tuple, list[int]]:
    """The summed counts per group, as the database gives them (months folded here)."""
    columns = [tallies.c[name] for name in query.by if name != "month"]
    if "month" in query.by:
        columns.append(tallies.c.week)
    statement = select(*columns, *(func.sum(tallies.c[name]) for name in SUMMED))
    if "right" in query.by:
        statement = statement.where(tallies.c.right != ANY_RIGHT)
    else:
        statement = statement.where(tallies.c.right == ANY_RIGHT)
    if query.start:
        statement = statement.where(tallies.c.week >= query.start)
    if query.end:
        statement = statement.where(tallies.c.week <= query.end)
    statement = statement.group_by(*columns)
    groups: dict[tuple, list[int]] = {}
    with store.engine.connect() as connection:
        for row in connection.execute(statement):
            values = dict(zip([c.name for c in columns], row[:len(columns)]))
            if "month" in query.by:
                values["month"] = _month(values.pop("week"))
            key = tuple(values[name] for name in query.by)
            sums = groups.setdefault(key, [0] * len(SUMMED))
            for i, number in enumerate(row[len(columns):]):
                sums[i] += int(number or 0)
    return groups


def rows(store: Store, query: Query) -> Iterator[list[str]]:
    """The CSV rows, header first, groups sorted."""
    yield [*query.by, *HEADER_COUNTS]
    for key, sums in sorted(grouped(store, query).items()):
        counts = dict(zip(SUMMED, sums))
        yield [*map(str, key), *published(Counts(counts["screenings"], counts["claimable"], counts["received"],
                                                 tuple(counts[r] for r in REASONS))),
               *followed_shares(tuple(counts[f"followed_{outcome}"] for outcome in FOLLOWED))]
