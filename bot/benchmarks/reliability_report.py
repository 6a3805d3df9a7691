"""The table that `make bench-reliability` prints, and whether each target of issue 12 is met.

Pure: bot/benchmarks/bench_reliability.py gathers the figures, this turns them into lines.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone

from bot.benchmarks.load import Load, LoadFigures
from bot.benchmarks.starter_bot import STARTER_TURNS


@dataclass(frozen=True)
class Fuzz:
    sent: Counter
    errors: Counter  # answers 5xx
    unanswered: Counter  # well-formed messages without a reply
    seconds: float
    at_once: int


@dataclass(frozen=True)
class Faults:
    people: int
    screenings: int
    completed: int
    longest_wait: float

    @property
    def share(self) -> float:
        return self.completed / self.screenings if self.screenings else 0.0


@dataclass(frozen=True)
class Reliability:
    fuzz: Fuzz
    load: Load
    iris: LoadFigures
    starter: LoadFigures | str  # or why there is no row: a comparison, not a target
    faults: Faults
    # Iris again at a person's pace (--pause), beside the stress row of the target, never instead
    paced: tuple[Load, LoadFigures] | None = None


def targets(figures: Reliability) -> list[tuple[bool, str]]:
    """Each target of issue 12 with the figure that meets it or not."""
    fuzz, iris, faults = figures.fuzz, figures.iris, figures.faults
    errors, silent = sum(fuzz.errors.values()), sum(fuzz.unanswered.values())
    return [
        (errors == 0, f"fuzz: answers 5xx: {errors} of {sum(fuzz.sent.values())} (target 0)"),
        (silent == 0, f"fuzz: well-formed messages without a reply: {silent} (target 0)"),
        (iris.errors == 0, f"load: Iris's turns in error: {iris.errors} of {iris.turns} (target 0)"),
        (faults.screenings > 0 and faults.completed == faults.screenings,
         f"faults: screenings that reached their result: {faults.completed} of {faults.screenings}, "
         f"{100 * faults.share:.0f} % (target 100 %)"),
    ]


def load_row(name: str, figures: LoadFigures, done: str) -> str:
    return (f"  {name:20s} {figures.turns:7d} {figures.errors:7d} {figures.p50_ms:7.0f} {figures.p95_ms:7.0f} "
            f"{figures.turns_per_second:8.1f} {figures.completed_per_minute:9.1f} {done}")


def table(figures: Reliability, now: datetime | None = None) -> list[str]:
    fuzz, load, faults = figures.fuzz, figures.load, figures.faults
    now = now or datetime.now(timezone.utc)
    lines = [f"Reliability of Iris, {now:%Y-%m-%d %H:%M} UTC, on {os.cpu_count()} cores that other work may share "
             "(latency and throughput move with the machine's load)",
             f"fuzz: {sum(fuzz.sent.values()):,} odd messages, {fuzz.at_once} at a time, in {fuzz.seconds:.0f} s",
             f"  {'kind':22s} {'sent':>6s} {'5xx':>5s} {'unanswered':>11s}"]
    for kind in fuzz.sent:
        lines.append(f"  {kind:22s} {fuzz.sent[kind]:6d} {fuzz.errors[kind]:5d} {fuzz.unanswered[kind]:11d}")
    lines += [f"  {'all':22s} {sum(fuzz.sent.values()):6d} {sum(fuzz.errors.values()):5d} "
              f"{sum(fuzz.unanswered.values()):11d}",
              f"load (Locust): {load.users} people at once for {load.seconds} s, {load.pace} (stress pace), "
              f"{load.spawn_rate} new people a second at the start",
              f"  {'bot':20s} {'turns':>7s} {'errors':>7s} {'p50 ms':>7s} {'p95 ms':>7s} {'turns/s':>8s} {'ended/min':>9s}",
              load_row("Iris", figures.iris, "(whole screenings)"),
              load_row("rasa init starter", figures.starter, f"(its stories, {len(STARTER_TURNS)} turns)")
              if isinstance(figures.starter, LoadFigures) else f"  {'rasa init starter':20s} no row: {figures.starter}"]
    if figures.paced is not None:
        paced_load, paced = figures.paced
        lines.append(load_row("Iris, person's pace", paced, f"({paced_load.pace}; not the target)"))
    paced_kinds = figures.paced[1].error_kinds if figures.paced is not None else {}
    starter_kinds = figures.starter.error_kinds if isinstance(figures.starter, LoadFigures) else {}
    for name, kinds in (("Iris", figures.iris.error_kinds), ("starter", starter_kinds),
                        ("Iris at a person's pace", paced_kinds)):
        if kinds:
            lines.append(f"  errors of {name}: " + ", ".join(f"{kind}: {n}" for kind, n in sorted(kinds.items())))
    lines += [f"faults under load: {faults.people} people; action server killed, Rasa killed and restarted, "
              "tracker database locked 3 s",
              f"  screenings with a result: {faults.completed}/{faults.screenings} ({100 * faults.share:.0f} %); "
              f"longest wait {faults.longest_wait:.1f} s",
              "targets:"]
    lines += [f"  {'met    ' if met else 'NOT MET'}  {line}" for met, line in targets(figures)]
    return lines

