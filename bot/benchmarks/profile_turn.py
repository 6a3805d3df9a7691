"""Where a screening turn's time goes: `make bench-turn` (issue 12).

1. Per part, in this process: the engine's steps of a screening, field after field in the order
   the engine asks them, for three households: a fresh assessment (one OpenFisca simulation), the
   same assessment taken from memory (actions/eligibility/remembered.py), the income question's
   ranges (a batch of statuses), and the result's messages.
2. Per turn, through a running Iris on free ports: the twelve households of the chat benchmark do
   their screenings one after the other, first on a server just started (cold), then again (warm).
Figures are printed with the machine's load average beside them: other work shares the cores.
"""

from __future__ import annotations

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HOUSEHOLDS = [
    {"commune": "schaerbeek", "age": 34, "living_with": "family", "children": 2, "children_ages": [4, 9],
     "monthly_income": 900.0, "income_sources": ["unemployment"], "benefits": [], "residence_status": "belgian",
     "health_insurance": True, "housing": "private_rent", "social_housing_candidate": False,
     "owns_property": False, "disability": False, "student": False, "heating_oil": False, "energy_debt": True},
    {"commune": "anderlecht", "age": 71, "living_with": "partner", "children": 0, "children_ages": [],
     "monthly_income": 1400.0, "income_sources": ["pension"], "benefits": [], "residence_status": "belgian",
     "health_insurance": True, "housing": "private_rent", "social_housing_candidate": False,
     "owns_property": False, "disability": False, "student": False, "heating_oil": True, "energy_debt": False},
    {"commune": "evere", "age": 52, "living_with": "alone", "children": 0, "children_ages": [],
     "monthly_income": 1100.0, "income_sources": ["disability_allowance"], "benefits": [], "residence_status": "belgian",
     "health_insurance": True, "housing": "social_rent", "social_housing_candidate": False,
     "owns_property": False, "disability": True, "student": False, "heating_oil": False, "energy_debt": False},
]


def load() -> str:
    return "load average %.1f %.1f %.1f" % os.getloadavg()


def ms(seconds: list[float]) -> str:
    values = sorted(s * 1000 for s in seconds)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"p50 {statistics.median(values):6.1f} ms  p95 {p95:6.1f} ms  mean {statistics.mean(values):6.1f} ms  (n={len(values)})"


def timed(function, *args):
    started = time.perf_counter()
    value = function(*args)
    return value, time.perf_counter() - started


def per_part() -> None:
    from actions.eligibility import engine
    from actions.screening import messages
    from actions.screening.income_ranges import edges

    engine.model(datetime.date.today())
    parts: dict[str, list[float]] = {"assess, fresh simulation": [], "assess, from memory": [],
                                     "income ranges (statuses of 51 incomes)": [], "result messages": []}
    for full in HOUSEHOLDS:
        profile: dict = {}
        while True:
            assessment, took = timed(engine.assess_afresh, dict(profile))
            parts["assess, fresh simulation"].append(took)
            engine.assess(dict(profile))
            parts["assess, from memory"].append(timed(engine.assess, dict(profile))[1])
            asked = [f for f in assessment["next_questions"] if f in full and f not in profile]
            if not asked:
                break
            if asked[0] == "monthly_income":
                engine._remembered_statuses.cache_clear()  # the ranges as a first asker pays them
                parts["income ranges (statuses of 51 incomes)"].append(timed(edges, dict(profile))[1])
            profile[asked[0]] = full[asked[0]]
        for language in ("fr", "nl"):
            parts["result messages"].append(timed(messages.result, assessment, language)[1])
    print(f"Per part, in one process ({load()}):")
    for name, seconds in parts.items():
        print(f"  {name:42s} {ms(seconds)}")


def per_turn() -> None:
    from bot.benchmarks.bench_chat import screening
    from bot.benchmarks.households import HOUSEHOLDS as SCREENINGS
    from bot.services import Iris

    with tempfile.TemporaryDirectory() as folder:
        with Iris.on_free_ports(Path(folder)) as iris:
            url = f"http://127.0.0.1:{iris.ports.rasa}/webhooks/rest/webhook"
            for name in ("cold", "warm"):
                turns: list[float] = []
                for _, language, replies in SCREENINGS:
                    turns += screening(url, language, replies)[1]
                print(f"Per turn through Iris, {name:4s} ({load()}): {ms(turns)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Where a screening turn's time goes (issue 12).")
    parser.add_argument("--parts-only", action="store_true", help="only the per-part figures, no Iris started")
    options = parser.parse_args(argv)
    per_part()
    if not options.parts_only:
        per_turn()
    return 0


if __name__ == "__main__":
    sys.exit(main())
