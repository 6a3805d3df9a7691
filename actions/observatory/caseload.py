"""`make -s screen STATS=1 < caseload.csv`: the caseload is screened as `make -s screen` does, and
each row also becomes an anonymous record of the observatory, marked with the source `caseload`
(`make -s stats BY=commune,right,source` shows them apart).

The records are kept only once the whole file has been read and screened: a bad row stops the
command (exit status 2, one line naming the row and the field) and keeps nothing. Of each row
the record keeps what a conversation's record keeps: commune, bands, statuses, the week of the
screening; the row's id and its income are never kept.
"""

from __future__ import annotations

import datetime
import sys
from typing import Any

import numpy
from sqlalchemy.exc import SQLAlchemyError

from actions.eligibility.engine import STATUS_NAMES
from actions.eligibility.profile import ENUM_FIELDS, ProfileError
from actions.eligibility.screen import screen
from actions.observatory.record import Record, build
from actions.observatory.store import StoreSettingError, default_store

SOURCE = "caseload"
# The row fields a record reads; the others (income, papers, health...) never reach it.
READ = ("commune", "age", "living_with", "children")


def _column(batch, field: str) -> list[Any]:
    """One field of every row of a chunk, decoded, None where unknown."""
    values, known = batch.values[field], batch.known[field]
    if field in ENUM_FIELDS:
        members = [member.name for member in ENUM_FIELDS[field]]
        return [members[v] if k else None for v, k in zip(values.tolist(), known.tolist())]
    return [v if k else None for v, k in zip(values.tolist(), known.tolist())]


def records_of_chunk(batch, statuses: numpy.ndarray, rights, day: datetime.date) -> list[Record]:
    columns = {field: _column(batch, field) for field in READ}
    names = numpy.array(STATUS_NAMES, dtype=object)[statuses]
    records = []
    for row in range(batch.n):
        profile = {field: columns[field][row] for field in READ if columns[field][row] is not None}
        assessed = [{"id": right, "status": names[row, index]} for index, right in enumerate(rights)]
        records.append(build(profile, assessed, day=day, channel=SOURCE, audience=SOURCE, language="unknown",
                             source=SOURCE))
    return records


def main() -> int:
    records: list[Record] = []
    try:
        store = default_store()
    except (StoreSettingError, SQLAlchemyError) as error:
        print(error if isinstance(error, StoreSettingError) else
              f"IRIS_STATS_DB: the database cannot be opened ({type(error).__name__})", file=sys.stderr)
        return 2
    try:
        screen(sys.stdin, sys.stdout,
               on_chunk=lambda batch, statuses, rights, day: records.extend(records_of_chunk(batch, statuses, rights, day)))
    except ProfileError as error:
        print(error.line(), file=sys.stderr)
        return 2
    kept = store.save_many(records)
    print(f"{kept} anonymous records kept for the statistics (source: caseload)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
