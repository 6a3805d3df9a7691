"""The dashboard's time for `make bench-stats`: reading every number of the page (the three
tables with and without the caseload records, the follow-up's outcomes) and writing its HTML, on
a store the benchmark has filled. Target: under 2 s, like the query of `make stats`."""

from __future__ import annotations

import statistics
import time

from actions.observatory.store import Store
from bot.staff.observatory_numbers import Filter, page_numbers
from bot.staff.observatory_page import content

RUNS = 5


def render(store: Store, chosen: Filter, language: str = "fr") -> str:
    """The page's content, as the web server makes it for one request."""
    return content(page_numbers(store, chosen), chosen, language)


def render_times(store: Store) -> tuple[float, float, int]:
    """Median and slowest of RUNS renders of the whole period with the caseloads, and the page's size."""
    times, size = [], 0
    for _ in range(RUNS):
        started = time.perf_counter()
        size = len(render(store, Filter()))
        times.append(time.perf_counter() - started)
    return statistics.median(times), max(times), size
