"""Runs Locust headless against a running bot and reads its figures back (make bench-reliability).

Locust lives in the benchmark environment (.venvs/bench, `make bench-env`); this module runs in
the action server's and only starts it and reads the CSV files it writes. The users are in
bot/benchmarks/locustfile.py.
"""

from __future__ import annotations

import csv
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bot.benchmarks.load_people import PAUSE_VARIABLE, STRESS_PAUSE
from bot.model import ROOT

LOCUST = ROOT / ".venvs" / "bench" / "bin" / "locust"
LOCUSTFILE = ROOT / "bot" / "benchmarks" / "locustfile.py"
# Locust writes a failure that a user named as CatchResponseError('<the name>').
CAUGHT = re.compile(r"^CatchResponseError\((['\"])(.*)\1\)$")


@dataclass(frozen=True)
class Load:
    """The shape of a load: how many people at once, started how fast, for how long, and the
    seconds between an answer and the next message (from, to)."""

    users: int
    spawn_rate: int
    seconds: int
    pause: tuple[float, float] = STRESS_PAUSE

    @property
    def pace(self) -> str:
        return f"{self.pause[0]:g} to {self.pause[1]:g} s between messages"


@dataclass(frozen=True)
class LoadFigures:
    turns: int
    errors: int
    p50_ms: float
    p95_ms: float
    seconds: int
    completed: int
    error_kinds: dict[str, int]

    @property
    def turns_per_second(self) -> float:
        return self.turns / self.seconds

    @property
    def completed_per_minute(self) -> float:
        return 60 * self.completed / self.seconds


class LocustMissing(RuntimeError):
    """The benchmark environment is not built."""


def read_figures(prefix: Path, seconds: int) -> LoadFigures:
    """The figures of one Locust run from its `<prefix>_stats.csv` and `<prefix>_failures.csv`."""
    with open(f"{prefix}_stats.csv", newline="") as stats:
        rows = {(row["Type"], row["Name"]): row for row in csv.DictReader(stats)}
    turn = rows.get(("POST", "turn"))
    completed = rows.get(("conversation", "completed"))
    with open(f"{prefix}_failures.csv", newline="") as failures:
        kinds = {CAUGHT.sub(r"\2", row["Error"]): int(row["Occurrences"])
                 for row in csv.DictReader(failures) if row["Name"] == "turn"}
    if turn is None:  # not a single turn was sent: every figure is missing, not zero
        raise RuntimeError(f"Locust recorded no turn: see {prefix}.log")
    return LoadFigures(
        turns=int(turn["Request Count"]),
        errors=int(turn["Failure Count"]),
        p50_ms=float(turn["50%"]),
        p95_ms=float(turn["95%"]),
        seconds=seconds,
        completed=int(completed["Request Count"]) if completed else 0,
        error_kinds=kinds,
    )


def run_locust(host: str, user_class: str, load: Load, prefix: Path) -> LoadFigures:
    """Runs `load` of `user_class` people against `host`; the CSV files and the log go to `prefix`*."""
    if not LOCUST.exists():
        raise LocustMissing("Locust is missing: run 'make bench-env' (or 'make bench-reliability').")
    prefix.parent.mkdir(parents=True, exist_ok=True)
    command = [str(LOCUST), "-f", str(LOCUSTFILE), "--headless", "--only-summary",
               "--users", str(load.users), "--spawn-rate", str(load.spawn_rate), "--run-time", f"{load.seconds}s",
               "--host", host, "--csv", str(prefix), "--loglevel", "WARNING", user_class]
    with open(f"{prefix}.log", "wb") as log:
        # Locust stops by itself at --run-time; the margin covers its start and its summary.
        # Its exit status is 1 whenever a request failed, which the figures tell anyway.
        subprocess.run(command, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": str(LOCUST.parent),
                                               PAUSE_VARIABLE: f"{load.pause[0]} {load.pause[1]}"},
                       stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                       timeout=load.seconds + 120)
    return read_figures(prefix, load.seconds)
