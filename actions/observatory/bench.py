"""`make bench-stats`: 1,000,000 records, then the commune x right query of `make stats`, timed on
a SQLite file and on a PostgreSQL server started for the run (local_postgres.py).

Prints, per database, the time to load the records, to count them again (tallies rebuilt from
the records), the query's median and slowest of five runs (target: under 2 s), and the same
counts computed from the records themselves, which is what the tallies spare each query; then
the staff dashboard's time to read and write its page (bot/staff/observatory_bench.py), with the
same target. Exit status 1 when a target is missed.

    make bench-stats                 # ARGS="--records 200000" for a shorter run
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sqlalchemy import case, func, select, text

from actions.eligibility.enums import RIGHT_IDS
from actions.observatory.local_postgres import running_postgres
from actions.observatory.record import CLAIMABLE, RECEIVED, STATUSES
from actions.observatory.stats import Query, rows
from actions.observatory.store import Store
from actions.observatory.tables import screenings

TARGET_SECONDS = 2.0
COMMUNES = ("anderlecht", "auderghem", "berchem_sainte_agathe", "bruxelles", "etterbeek", "evere", "forest",
            "ganshoren", "ixelles", "jette", "koekelberg", "molenbeek", "saint_gilles", "saint_josse", "schaerbeek",
            "uccle", "watermael_boitsfort", "woluwe_saint_lambert", "woluwe_saint_pierre", "outside_brussels")
BASE = ("id", "week", "source", "commune", "channel", "audience", "language", "age_band", "household", "children_band")


def generated(count: int, seed: int = 2026) -> list[tuple]:
    """`count` records over three years of weeks, as rows of the screenings table (outcomes empty)."""
    rng = np.random.default_rng(seed)
    first = datetime.date(2024, 1, 1)
    weeks = [first + datetime.timedelta(weeks=w) for w in range(156)]
    pick = lambda values, p=None: np.asarray(values, dtype=object)[rng.choice(len(values), size=count, p=p)]
    columns = [
        np.array([f"{i:032x}" for i in rng.integers(0, 2**62, size=count)], dtype=object),
        pick(weeks), pick(("conversation", "caseload"), (0.9, 0.1)), pick(COMMUNES),
        pick(("web", "sms", "whatsapp", "telegram")), pick(("self", "volunteer"), (0.8, 0.2)),
        pick(("fr", "nl"), (0.8, 0.2)), pick(("under_25", "25_64", "65_plus", "unknown")),
        pick(("alone", "with_partner", "single_parent", "other", "unknown")), pick(("0", "1_2", "3_plus", "unknown")),
    ]
    weights = (0.12, 0.08, 0.05, 0.15, 0.45, 0.15)  # in STATUSES order
    columns += [pick(STATUSES, weights) for _ in RIGHT_IDS]
    return list(zip(*columns))


def load(store: Store, records: list[tuple]) -> None:
    names = (*BASE, *RIGHT_IDS)
    if store.engine.dialect.name == "postgresql":
        raw = store.engine.raw_connection()
        try:
            with raw.cursor() as cursor, cursor.copy(f"COPY screenings ({', '.join(names)}) FROM STDIN") as copy:
                for row in records:
                    copy.write_row(row)
            raw.commit()
        finally:
            raw.close()
        with store.engine.begin() as connection:
            connection.execute(text("ANALYZE"))
        return
    marks = ", ".join("?" for _ in names)
    with store.engine.begin() as connection:
        connection.exec_driver_sql(f"INSERT INTO screenings ({', '.join(names)}) VALUES ({marks})", records)


def from_records(store: Store) -> float:
    """The commune x right counts computed from the records in one pass: what the tallies spare."""
    sums = []
    for right in RIGHT_IDS:
        sums += [func.sum(case((screenings.c[right].in_(CLAIMABLE), 1), else_=0)),
                 func.sum(case((screenings.c[right] == RECEIVED, 1), else_=0))]
    started = time.perf_counter()
    with store.engine.connect() as connection:
        connection.execute(select(screenings.c.commune, func.count(), *sums).group_by(screenings.c.commune)).all()
    return time.perf_counter() - started


def bench(name: str, url: str, records: list[tuple]) -> bool:
    store = Store(url)
    started = time.perf_counter()
    load(store, records)
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    tallies = store.rebuild_tallies()
    rebuilt = time.perf_counter() - started
    times, printed = [], []
    for _ in range(5):
        started = time.perf_counter()
        printed = list(rows(store, Query(by=("commune", "right"))))
        times.append(time.perf_counter() - started)
    direct = from_records(store)
    # The staff dashboard (bot/staff/) reads the same store: imported here only, the action
    # server never loads the web pages.
    from bot.staff.observatory_bench import render_times
    page_median, page_slowest, page_size = render_times(store)
    store.engine.dispose()
    met = max(times) < TARGET_SECONDS and page_slowest < TARGET_SECONDS
    print(f"{name:<11} load {loaded:6.1f} s   counts rebuilt {rebuilt:5.1f} s ({tallies:,} tallies)   "
          f"commune x right: median {statistics.median(times):.3f} s, slowest {max(times):.3f} s, "
          f"{len(printed) - 1} rows   from the records: {direct:.1f} s   {'OK' if met else 'TOO SLOW'}")
    print(f"{'':<11} dashboard page (its numbers with and without caseloads, the outcomes, its HTML of "
          f"{page_size:,} characters): median {page_median:.3f} s, slowest {page_slowest:.3f} s")
    return met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench-stats")
    parser.add_argument("--records", type=int, default=1_000_000)
    count = parser.parse_args(argv).records
    started = time.perf_counter()
    records = generated(count)
    print(f"{count:,} records over 156 weeks and {len(COMMUNES)} communes, generated in "
          f"{time.perf_counter() - started:.1f} s; target for the query: under {TARGET_SECONDS:.0f} s")
    sys.stdout.flush()
    with tempfile.TemporaryDirectory(prefix="iris-bench-stats-") as folder:
        met = bench("SQLite", f"sqlite:///{Path(folder) / 'observatory.db'}", records)
    sys.stdout.flush()
    with running_postgres() as url:
        met = bench("PostgreSQL", url, records) and met
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
