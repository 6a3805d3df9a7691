"""`make bench-cluster`: what one Rasa server of the cluster handles, and what each part weighs.

    python -m bot.cluster.bench [--at-once 8] [--seconds 60]

Starts the cluster (bot/cluster/layout.py) on free ports in a temporary folder, then for
`--seconds` keeps `--at-once` screenings going (the households of bot/benchmarks/households.py,
each a new person): first against Rasa server 1 alone, then through the balancer to both. It
prints the messages answered per second, the per-turn p50 and p95, the failed turns, and the
resident memory (RSS) of each service, its child processes included, after the load. On one
machine the two Rasa servers share its cores: the balancer's figure shows the cost of the shared
stores, not what two machines would do.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import sys
import tempfile
import threading
import time
import urllib.error
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bot.benchmarks.bench_chat import percentile, screening
from bot.benchmarks.households import HOUSEHOLDS
from bot.cluster.layout import Cluster


def resident_mib(pid: int) -> float:
    """RSS of `pid` and of every process under it, in MiB (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def load(url: str, at_once: int, seconds: float) -> tuple[int, list[float], int]:
    """Screenings, `at_once` at a time, until `seconds` have passed: (turns, their times, failures)."""
    deadline = time.monotonic() + seconds
    households = itertools.cycle(HOUSEHOLDS)
    lock = threading.Lock()
    times: list[float] = []
    failures = 0

    def person(_: int) -> None:
        nonlocal failures
        while time.monotonic() < deadline:
            with lock:
                _, language, replies = next(households)
            try:
                _, took, _ = screening(url, language, replies)
            except (urllib.error.URLError, OSError, ValueError):
                with lock:
                    failures += 1
                continue
            with lock:
                times.extend(took)

    with ThreadPoolExecutor(at_once) as pool:
        list(pool.map(person, range(at_once)))
    return len(times), times, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Throughput of one Rasa server and memory of each part of the cluster.")
    parser.add_argument("--at-once", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    options = parser.parse_args(argv)
    if options.at_once < 1 or options.seconds <= 0:
        print("--at-once must be at least 1 and --seconds more than 0.", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="iris-cluster-bench-"))
    cluster = Cluster.on_free_ports(folder)
    try:
        started = time.monotonic()
        cluster.start(report=lambda line: print(line, file=sys.stderr, flush=True))
        print(f"cluster up in {time.monotonic() - started:.0f} s; {options.at_once} screenings at once, "
              f"{options.seconds:g} s each run, {os.cpu_count()} cores")
        print(f"{'target':<34} {'messages/s':>10} {'p50 s':>7} {'p95 s':>7} {'failed':>7}")
        targets = [("Rasa server 1 alone", cluster.ports.rasa_servers[0]),
                   ("both Rasa servers (balancer)", cluster.ports.rasa)]
        for name, port in targets:
            url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
            began = time.monotonic()
            turns, times, failures = load(url, options.at_once, options.seconds)
            rate = turns / (time.monotonic() - began)
            print(f"{name:<34} {rate:>10.1f} {percentile(times, 0.5):>7.2f} {percentile(times, 0.95):>7.2f} {failures:>7}",
                  flush=True)
        print(f"\n{'service':<30} {'RSS MiB':>8}")
        for service in cluster.services:
            if service.process is not None:
                print(f"{service.name:<30} {resident_mib(service.process.pid):>8.0f}")
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
