"""`make -s stats [FROM=YYYY-MM-DD] [TO=YYYY-MM-DD] [BY=commune,right]`: the observatory's counts
as CSV on standard output. A wrong value: one line on standard error naming it, exit status 2."""

from __future__ import annotations

import argparse
import csv
import sys

from sqlalchemy.exc import SQLAlchemyError

from actions.observatory.stats import QueryError, query_from, rows
from actions.observatory.store import StoreSettingError, default_store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make -s stats")
    parser.add_argument("--from", dest="start")
    parser.add_argument("--to", dest="end")
    parser.add_argument("--by")
    arguments = parser.parse_args(argv)
    try:
        query = query_from(arguments.start, arguments.end, arguments.by)
        store = default_store()
    except (QueryError, StoreSettingError) as error:
        print(error, file=sys.stderr)
        return 2
    except SQLAlchemyError as error:
        # Not the URL itself: it may hold a password.
        print(f"IRIS_STATS_DB: the database cannot be opened ({type(error).__name__})", file=sys.stderr)
        return 2
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerows(rows(store, query))
    return 0


if __name__ == "__main__":
    sys.exit(main())
