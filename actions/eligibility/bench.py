"""Benchmark of the engine: prints figures (it is not a timed test).

- assess: one assessment including the unknown variants, over profiles at every stage of a
  conversation (from nothing answered to everything answered); median and 90th percentile.
- screen: N synthetic anonymous rows (default 1,000,000) through the CSV screen, end to end
  (parsing, validation, evaluation, writing); every column present, a share of empty cells.
- what-if: the same rows under the law and under a reform (default: the integration income at the
  poverty line, the example that changes the most rights), end to end; wall-clock and CPU time,
  since the machine may be shared.

    python -m actions.eligibility.bench [--rows N] [--empty SHARE] [--profiles N] [--reform FILE]
"""
import argparse
import datetime
import io
import os
import statistics
import sys
import time

import numpy

from actions.eligibility.enums import INCOME_SOURCES, RIGHT_IDS, Commune, Housing, LivingWith, ResidenceStatus

FIELDS_IN_ORDER = (
    "commune", "age", "living_with", "children", "children_ages", "monthly_income",
    "income_sources", "benefits", "residence_status", "health_insurance", "housing",
    "social_housing_candidate", "owns_property", "disability", "student", "heating_oil",
    "energy_debt",
)
BOOLS = ("health_insurance", "social_housing_candidate", "owns_property", "disability", "student",
         "heating_oil", "energy_debt")


def synthetic_profiles(n, rng):
    """n plausible complete profiles, column-wise as lists of JSON-like values."""
    cols = {}
    cols["commune"] = rng.choice([c.name for c in Commune], n)
    cols["age"] = rng.integers(16, 95, n)
    cols["living_with"] = rng.choice([c.name for c in LivingWith], n, p=[0.4, 0.35, 0.15, 0.1])
    children = rng.choice([0, 0, 0, 1, 2, 3, 4], n)
    cols["children"] = children
    cols["children_ages"] = [list(rng.integers(0, 25, c)) for c in children]
    cols["monthly_income"] = numpy.round(rng.gamma(2.0, 900.0, n), 0)
    cols["income_sources"] = [[s] for s in rng.choice(list(INCOME_SOURCES), n)]
    benefit_draw = rng.random((n, len(RIGHT_IDS))) < 0.04
    cols["benefits"] = [[RIGHT_IDS[j] for j in numpy.flatnonzero(row)] for row in benefit_draw]
    cols["residence_status"] = rng.choice([c.name for c in ResidenceStatus], n, p=[0.6, 0.15, 0.15, 0.05, 0.05])
    cols["housing"] = rng.choice([c.name for c in Housing], n, p=[0.5, 0.15, 0.2, 0.08, 0.04, 0.03])
    for b in BOOLS:
        cols[b] = rng.random(n) < 0.3
    return cols


def _cell(field, value):
    if field in ("children_ages", "income_sources", "benefits"):
        if not value:
            return "none"
        return ";".join(str(v) for v in value)
    if field in BOOLS:
        return "true" if value else "false"
    if field == "monthly_income":
        return str(int(value))
    return str(value)


def synthetic_csv(n, empty_share, seed=7):
    """A caseload CSV text of n rows, with empty_share of the cells left empty (unknown)."""
    rng = numpy.random.default_rng(seed)
    cols = synthetic_profiles(n, rng)
    empty = rng.random((n, len(FIELDS_IN_ORDER))) < empty_share
    texts = []
    for j, f in enumerate(FIELDS_IN_ORDER):
        col = [_cell(f, v) for v in cols[f]]
        for i in numpy.flatnonzero(empty[:, j]):
            col[i] = ""
        texts.append(col)
    lines = [",".join(FIELDS_IN_ORDER)]
    lines.extend(",".join(row) for row in zip(*texts))
    return "\n".join(lines) + "\n"


def bench_assess(count, seed=11):
    # The simulation itself, not an assessment kept from an earlier call (engine.assess remembers them).
    from actions.eligibility.engine import assess_afresh as assess
    rng = numpy.random.default_rng(seed)
    cols = synthetic_profiles(count, rng)
    date = datetime.date.today().isoformat()
    profiles = []
    for i in range(count):
        answered = int(rng.integers(0, len(FIELDS_IN_ORDER) + 1))  # a conversation at every stage
        fields = FIELDS_IN_ORDER[:answered]
        profile = {"date": date}
        for f in fields:
            v = cols[f][i]
            if isinstance(v, numpy.generic):
                v = v.item()
            if f == "children_ages":
                v = [int(a) for a in v]
            profile[f] = v
        profiles.append(profile)
    t0 = time.perf_counter()
    assess({"date": date})  # builds the TaxBenefitSystem and the model for the date (once per process)
    first = time.perf_counter() - t0
    times = []
    for p in profiles:
        t = time.perf_counter()
        assess(p)
        times.append(time.perf_counter() - t)
    empty = []
    for _ in range(20):
        t = time.perf_counter()
        assess({"date": date})
        empty.append(time.perf_counter() - t)
    return first, times, empty


def bench_screen(rows, empty_share):
    from actions.eligibility.screen import screen
    text = synthetic_csv(rows, empty_share)
    out = io.StringIO()
    t = time.perf_counter()
    screen(io.StringIO(text), out)
    elapsed = time.perf_counter() - t
    lines = out.getvalue().count("\n") - 1
    return elapsed, lines, len(text)


def bench_what_if(rows, empty_share, reform_path):
    from actions.eligibility.reform_file import ReformFile
    from actions.eligibility.what_if import Comparison, default_date, what_if
    text = synthetic_csv(rows, empty_share)
    reform = ReformFile.read(reform_path)
    changed = len(Comparison(reform, default_date(reform)).changed_rights)
    wall, cpu = time.perf_counter(), time.process_time()
    what_if(io.StringIO(text), io.StringIO(), reform)
    return time.perf_counter() - wall, time.process_time() - cpu, changed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--empty", type=float, default=0.02, help="share of empty (unknown) cells in the caseload")
    parser.add_argument("--profiles", type=int, default=300)
    parser.add_argument("--reform", default=os.path.join("docs", "reforms", "integration-income-at-poverty-line.yaml"))
    args = parser.parse_args(argv)
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    first, times, empty = bench_assess(args.profiles)
    ms = sorted(t * 1000 for t in times)
    print(f"assess: first call (builds the system) {first * 1000:.0f} ms")
    print(f"assess: {len(ms)} profiles at every stage of a conversation: median {statistics.median(ms):.1f} ms, "
          f"p90 {ms[int(0.9 * (len(ms) - 1))]:.1f} ms, max {ms[-1]:.1f} ms (target: median <= 20 ms)")
    print(f"assess: nothing answered yet (all fields unknown): median {statistics.median(empty) * 1000:.1f} ms")
    elapsed, lines, size = bench_screen(args.rows, args.empty)
    print(f"screen: {lines:,} rows ({size / 1e6:.0f} MB of CSV, {args.empty:.0%} empty cells) in {elapsed:.1f} s "
          f"= {lines / elapsed:,.0f} rows/s (target: 1,000,000 rows <= 30 s)")
    wall, cpu, changed = bench_what_if(args.rows, args.empty, args.reform)
    print(f"what-if: {args.rows:,} rows under the law and under {args.reform} ({changed} rights recomputed, "
          f"the rest shared) in {wall:.1f} s ({cpu:.1f} s of CPU) (target: 1,000,000 rows <= 60 s)")


if __name__ == "__main__":
    main()
