"""Where the observatory's records live: a SQLite file by default, PostgreSQL by URL.

    IRIS_STATS_DB              a SQLAlchemy URL (postgresql+psycopg://user@host/db); default
                               sqlite:///.cache/observatory.db
    IRIS_STATS_RETENTION_DAYS  records older than this are deleted (default 1095: three years)

The schema is Alembic's (migrations/), brought up to date when a store opens. Each record and its
tallies are written in one transaction, so the counts never disagree with the records.
"""

from __future__ import annotations

import datetime
import os
import uuid
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from sqlalchemy import and_, case, delete, func, not_, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from actions.database import DEFAULT_VERSION_TABLE, MigratedStore
from actions.eligibility.enums import RIGHT_IDS
from actions.observatory.followed import followed_counts
from actions.observatory.record import CLAIMABLE, RECEIVED, Record, to_ask_about, week_of
from actions.observatory.tables import ANY_RIGHT, COUNTS, OUTCOME_COUNTS, REASONS, reasons, screenings, tallies

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_URL = f"sqlite:///{ROOT / '.cache' / 'observatory.db'}"
DEFAULT_RETENTION_DAYS = 3 * 365


class StoreSettingError(ValueError):
    """A setting of the store is wrong; the message is one line naming it."""


def url_from_environment() -> str:
    return os.environ.get("IRIS_STATS_DB") or DEFAULT_URL


def retention_days() -> int:
    text = os.environ.get("IRIS_STATS_RETENTION_DAYS", "")
    if not text:
        return DEFAULT_RETENTION_DAYS
    if not text.isdigit() or int(text) < 1:
        raise StoreSettingError("IRIS_STATS_RETENTION_DAYS: must be a whole number of days, 1 or more")
    return int(text)


def _new_id() -> str:
    return uuid.uuid4().hex


def record_row(record: Record) -> dict:
    return {"id": _new_id(), "week": record.week, "source": record.source, "commune": record.commune,
            "channel": record.channel, "audience": record.audience, "language": record.language,
            "age_band": record.age_band, "household": record.household,
            "children_band": record.children_band, **{right: record.statuses[right] for right in RIGHT_IDS},
            **{f"outcome_{right}": record.outcomes.get(right) for right in RIGHT_IDS}}


def record_tallies(record: Record) -> list[dict]:
    """The counts one record adds: one per right, and one for the screening as a whole (`any`):
    claimable when some right is, received when every claimable right is received."""
    key = {"week": record.week, "source": record.source, "commune": record.commune}
    rows = [{**key, "right": right, "screenings": 1, "claimable": int(record.claimable(right)),
             "received": int(record.received(right))} for right in RIGHT_IDS]
    claimable = [right for right in RIGHT_IDS if record.claimable(right)]
    rows.append({**key, "right": ANY_RIGHT, "screenings": 1, "claimable": int(bool(claimable)),
                 "received": int(bool(claimable) and all(record.received(r) for r in claimable))})
    return [{**{name: 0 for name in COUNTS}, **row} for row in rows]


class Store(MigratedStore):
    MIGRATIONS = Path(__file__).resolve().parent / "migrations"
    VERSION_TABLE = DEFAULT_VERSION_TABLE

    def __init__(self, url: str) -> None:
        self._purged_on: datetime.date | None = None
        super().__init__(url)

    def _insert(self):
        return (postgresql.insert if self.engine.dialect.name == "postgresql" else sqlite.insert)(tallies)

    def _add_tallies(self, connection, rows: list[dict]) -> None:
        if not rows:
            return
        statement = self._insert()
        counts = {name: getattr(tallies.c, name) + getattr(statement.excluded, name) for name in COUNTS}
        connection.execute(statement.on_conflict_do_update(
            index_elements=["week", "source", "commune", "right"], set_=counts), rows)

    def save(self, record: Record, today: datetime.date | None = None) -> str:
        """Keeps one record and its counts, after deleting what is past the retention; returns
        its random id (the follow-up completes that record, actions/followup/outcomes.py)."""
        self.purge_once_a_day(today or datetime.date.today())
        row = record_row(record)
        with self.engine.begin() as connection:
            connection.execute(screenings.insert(), [row])
            self._add_tallies(connection, record_tallies(record))
        return row["id"]

    def save_many(self, records: Iterable[Record]) -> int:
        """Keeps many records (a caseload) in one transaction; returns how many."""
        rows, counts = [], {}
        for record in records:
            rows.append(record_row(record))
            for tally in record_tallies(record):
                key = (tally["week"], tally["source"], tally["commune"], tally["right"])
                if key in counts:
                    for name in COUNTS:
                        counts[key][name] += tally[name]
                else:
                    counts[key] = tally
        with self.engine.begin() as connection:
            if rows:
                connection.execute(screenings.insert(), rows)
            self._add_tallies(connection, list(counts.values()))
        return len(rows)

    def save_reason(self, *, week: datetime.date, source: str, commune: str,
                    statuses: Mapping[str, str], reason: str, told: Iterable[str] = ()) -> None:
        """Why the rights asked about are not received: one row a right, and one for the
        screening as a whole, none linked to the record."""
        if reason not in REASONS:
            raise ValueError(f"reason: {reason!r} is not one of {REASONS}")
        rights = to_ask_about(statuses, told)
        if not rights:
            return
        key = {"week": week, "source": source, "commune": commune}
        # The row of `any` counts the answer once, for the screening as a whole.
        named = (*rights, ANY_RIGHT)
        with self.engine.begin() as connection:
            connection.execute(reasons.insert(), [{**key, "id": _new_id(), "right": r, "reason": reason} for r in named])
            self._add_tallies(connection, [{**key, **{name: 0 for name in COUNTS}, "right": r, reason: 1} for r in named])

    def rebuild_tallies(self) -> int:
        """Counts everything again from the records and the reasons (after a restore, or a bulk
        load). Returns the number of tallies."""
        key = (screenings.c.week, screenings.c.source, screenings.c.commune)
        counted: dict[tuple, dict] = {}

        def add(week, source, commune, right, **numbers):
            row = counted.setdefault((week, source, commune, right), {"week": week, "source": source, "commune": commune,
                                                                      "right": right, **{n: 0 for n in (*COUNTS, *OUTCOME_COUNTS)}})
            for name, number in numbers.items():
                row[name] += int(number or 0)

        claimable_any = or_(*(screenings.c[r].in_(CLAIMABLE) for r in RIGHT_IDS))
        missed_any = or_(*(screenings.c[r].in_(tuple(s for s in CLAIMABLE if s != RECEIVED)) for r in RIGHT_IDS))
        tests = [(r, screenings.c[r].in_(CLAIMABLE), screenings.c[r] == RECEIVED) for r in RIGHT_IDS]
        tests.append((ANY_RIGHT, claimable_any, and_(claimable_any, not_(missed_any))))
        # One pass over the records, every right summed in it: a table scan is the cost here.
        sums = [func.sum(case((condition, 1), else_=0)) for _, claimable, received in tests
                for condition in (claimable, received)]
        with self.engine.begin() as connection:
            for week, source, commune, total, *numbers in connection.execute(
                    select(*key, func.count(), *sums).group_by(*key)):
                for index, (right, _, _) in enumerate(tests):
                    add(week, source, commune, right, screenings=total, claimable=numbers[2 * index],
                        received=numbers[2 * index + 1])
            by_reason = (reasons.c.week, reasons.c.source, reasons.c.commune, reasons.c.right, reasons.c.reason)
            for week, source, commune, right, reason, total in connection.execute(
                    select(*by_reason, func.count()).group_by(*by_reason)):
                add(week, source, commune, right, **{reason: total})
            for week, source, commune, right, numbers in followed_counts(connection):
                add(week, source, commune, right, **numbers)
            connection.execute(delete(tallies))
            if counted:
                connection.execute(tallies.insert(), list(counted.values()))
        return len(counted)

    def purge_once_a_day(self, today: datetime.date) -> None:
        if self._purged_on != today:
            self.purge(today)
            self._purged_on = today

    def purge(self, today: datetime.date, days: int | None = None) -> None:
        """Deletes records, reasons and counts of the weeks that ended before the retention: a
        week is kept while any of its days is within it."""
        oldest = week_of(today - datetime.timedelta(days=retention_days() if days is None else days))
        with self.engine.begin() as connection:
            for table in (screenings, reasons, tallies):
                connection.execute(delete(table).where(table.c.week < oldest))

    def count(self, table=screenings, **where) -> int:
        with self.engine.connect() as connection:
            condition = and_(*(getattr(table.c, k) == v for k, v in where.items())) if where else True
            return connection.execute(select(func.count()).select_from(table).where(condition)).scalar_one()


@lru_cache(maxsize=None)
def open_store(url: str) -> Store:
    """One store a URL a process: the engine pools its connections, the schema is checked once."""
    return Store(url)


def default_store() -> Store:
    return open_store(url_from_environment())
