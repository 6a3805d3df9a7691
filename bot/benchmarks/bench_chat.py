"""Chat benchmark: how many questions a screening takes, and how fast Iris answers under load.

    python -m bot.benchmarks.bench_chat [--at-once 10] [--cold-start]

1. Questions: the twelve households of bot/benchmarks/households.py each do a whole screening
   over the REST channel of a running Iris, answering whatever is asked in their own words; the
   number of questions until the result is counted (target: median <= 11, issue 10).
2. Latency: the same screenings run `--at-once` at a time, and every turn's time is recorded.
   The starter bot of `rasa init` (cached in .cache/bench/starter) runs on the same machine in
   the same run, with as many conversations at once and as many turns each, so that the two
   figures compare like with like (target: Iris's p95 <= 1.5 x the starter's p95).
3. The plan of visits (issue 15): for each household, the length of the result's first message
   in the widget (target <= 600 characters) and the SMS segments it takes as the SMS channel
   sends it (target <= 3), and whether each document appears once per visit.
4. With --cold-start, only this: `--at-once` screenings start the moment Iris says it is ready,
   then as many again once it is warm; the two per-turn p95 are compared (target: cold within
   1.5 x warm, issue 12). The warm round's people are new to the server too: each is a
   household of the cold round one year older and earning 13 euros more, so that its answers are
   assessed, not handed back from the engine's memory of the cold round's identical profiles
   (actions/eligibility/remembered.py). What the ratio measures is then what a start costs.
Figures are printed, not asserted: the machine's load changes them, the ratio much less.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bot.benchmarks.households import DONT_KNOW, GREETING, HOUSEHOLDS
from bot.benchmarks.starter_bot import STARTER_TURNS, starter_service
from bot.channels.sms_text import cost, for_sms, split_sms
from bot.model import ROOT
from bot.services import Iris
from nlu.lexicon import age, amount

PLANS = ROOT / ".cache" / "bench" / "chat" / "first-result-messages.txt"
MAX_TURNS = 30
TARGET_QUESTIONS = 11
TARGET_RATIO = 1.5
TARGET_CHARACTERS = 600
TARGET_SEGMENTS = 3


def post(url: str, sender: str, text: str) -> tuple[list[dict], float]:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as reply:
        messages = json.loads(reply.read())
    return messages, time.perf_counter() - started


def screening(url: str, language: str, replies: dict[str, str],
              result_turn: list[dict] | None = None) -> tuple[list[str], list[float], bool]:
    """One whole screening; returns the fields asked, each turn's seconds, and whether it ended;
    the messages of the turn that gave the result go into `result_turn` when one is given."""
    sender = f"bench-{uuid.uuid4()}"
    messages, took = post(url, sender, GREETING[language])
    times, asked = [took], []
    for _ in range(MAX_TURNS):
        custom = (messages[-1].get("custom") or {}) if messages else {}
        if any("result" in (m.get("custom") or {}) for m in messages):
            if result_turn is not None:
                result_turn.extend(messages)
            return asked, times, True
        field = custom.get("ask")
        if field is None:
            return asked, times, False
        asked.append(field)
        messages, took = post(url, sender, replies.get(field, DONT_KNOW[language]))
        times.append(took)
    return asked, times, False


def starter_conversation(url: str, turns: int) -> list[float]:
    sender = f"bench-{uuid.uuid4()}"
    return [post(url, sender, STARTER_TURNS[i % len(STARTER_TURNS)])[1] for i in range(turns)]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def run_starter(at_once: int, turns: int, conversations: int) -> list[float]:
    starter = starter_service(Path(tempfile.mkdtemp(prefix="iris-bench-")))
    try:
        starter.start(environment=None)
        starter.wait_until_ready(180)
        url = f"http://127.0.0.1:{starter.port}/webhooks/rest/webhook"
        starter_conversation(url, 3)  # warm up, as Iris's greeting warms it up below
        with ThreadPoolExecutor(at_once) as pool:
            runs = list(pool.map(lambda _: starter_conversation(url, turns), range(conversations)))
        return [t for run in runs for t in run]
    finally:
        starter.stop()


def run_iris(at_once: int, load: bool = True) -> tuple[list[tuple[str, list[str], bool, list[dict]]], list[float], list[float]]:
    iris = Iris.on_free_ports(Path(tempfile.mkdtemp(prefix="iris-bench-")))
    iris.start()
    try:
        url = f"http://127.0.0.1:{iris.ports.rasa}/webhooks/rest/webhook"
        alone = []
        outcomes = []
        for name, language, replies in HOUSEHOLDS:  # one at a time: questions, and unloaded latency
            turn: list[dict] = []
            asked, times, ended = screening(url, language, replies, turn)
            outcomes.append((name, asked, ended, turn))
            alone.extend(times)
        if not load:
            return outcomes, alone, []
        with ThreadPoolExecutor(at_once) as pool:
            runs = list(pool.map(lambda h: screening(url, h[1], h[2]), HOUSEHOLDS))
        loaded = [t for _, times, _ in runs for t in times]
        return outcomes, alone, loaded
    finally:
        iris.stop()


def unseen(replies: dict[str, str]) -> dict[str, str]:
    """The same household a year older with 13 euros more a month (when it gives both)."""
    changed = dict(replies)
    years = age(replies.get("age", ""))
    if years is not None:
        changed["age"] = str(years + 1)
    income = amount(replies.get("monthly_income", ""))
    if income is not None and income.value > 0:
        changed["monthly_income"] = str(int(income.value) + 13)
    return changed


def cold_then_warm(at_once: int) -> tuple[list[float], list[float], bool]:
    """Per-turn seconds of `at_once` screenings started as soon as Iris is ready, then again."""
    iris = Iris.on_free_ports(Path(tempfile.mkdtemp(prefix="iris-bench-")))
    iris.start()
    try:
        url = f"http://127.0.0.1:{iris.ports.rasa}/webhooks/rest/webhook"
        households = [HOUSEHOLDS[i % len(HOUSEHOLDS)] for i in range(at_once)]
        rounds = []
        for replies_of in (lambda replies: replies, unseen):  # cold, then warm
            with ThreadPoolExecutor(at_once) as pool:
                rounds.append(list(pool.map(lambda h: screening(url, h[1], replies_of(h[2])), households)))
        ended = all(e for run in rounds for _, _, e in run)
        cold, warm = ([t for _, times, _ in run for t in times] for run in rounds)
        return cold, warm, ended
    finally:
        iris.stop()


def first_result_message(turn: list[dict]) -> str:
    """The first message of the result: the plan's summary, or (no right to claim) the first
    message of the turn after the last question's answer."""
    plan = [m for m in turn if (m.get("custom") or {}).get("plan") == "summary"]
    return (plan[0] if plan else turn[0]).get("text") or ""


def sms_segments(text: str) -> int:
    """The segments the message takes as the SMS channel sends it (bot/channels/sms_text.py)."""
    return sum(cost(part).segments for part in split_sms(for_sms(text)))


def documents_once_per_visit(turn: list[dict]) -> bool:
    """Each document once in each visit: in the payload, and as a line of the visit's message."""
    result = next(m["custom"]["result"] for m in turn if "result" in (m.get("custom") or {}))
    texts = {m["custom"]["visit"]: m.get("text") or "" for m in turn if "visit" in (m.get("custom") or {})}
    for number, visit in enumerate(result.get("visits") or [], start=1):
        lines = texts.get(number, "").split("\n")
        if len(set(visit["documents"])) != len(visit["documents"]):
            return False
        if any(sum(line.endswith(document) for line in lines) != 1 for document in visit["documents"]):
            return False
    return True


def report_plans(turns: list[tuple[str, list[dict]]]) -> None:
    print(f"First result message (the plan of visits), one household at a time (texts in {PLANS}):")
    PLANS.parent.mkdir(parents=True, exist_ok=True)
    PLANS.write_text("\n\n".join(f"# {name}\n{first_result_message(turn)}" for name, turn in turns if turn),
                     encoding="utf-8")
    lengths, segments, once = [], [], []
    for name, turn in turns:
        if not turn:
            print(f"  {name}: no result")
            continue
        text = first_result_message(turn)
        lengths.append(len(text))
        segments.append(sms_segments(text))
        once.append(documents_once_per_visit(turn))
        visits = len(next(m["custom"]["result"] for m in turn if "result" in (m.get("custom") or {})).get("visits") or [])
        print(f"  {len(text):4d} characters, {segments[-1]} SMS segments, {visits} visits, "
              f"documents once per visit: {'yes' if once[-1] else 'NO'}  {name}")
    if lengths:
        print(f"Longest first message: {max(lengths)} characters (target <= {TARGET_CHARACTERS}); "
              f"most SMS segments: {max(segments)} (target <= {TARGET_SEGMENTS}); "
              f"each document once per visit in {sum(once)} of {len(once)} screenings")


def report_cold_start(at_once: int) -> int:
    cold, warm, ended = cold_then_warm(at_once)
    print(f"Per-turn latency, {at_once} screenings at once:")
    for name, times in (("right after start", cold), ("warm", warm)):
        print(f"  {name:18s} median {1000 * statistics.median(times):6.0f} ms, "
              f"p95 {1000 * percentile(times, 0.95):6.0f} ms, max {1000 * max(times):6.0f} ms ({len(times)} turns)")
    ratio = percentile(cold, 0.95) / percentile(warm, 0.95)
    print(f"  p95 ratio cold / warm: {ratio:.2f} (target <= {TARGET_RATIO})")
    return 0 if ended else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--at-once", type=int, default=10, help="conversations at the same time")
    parser.add_argument("--cold-start", action="store_true", help="compare the first screenings after start with warm ones")
    parser.add_argument("--plans-only", action="store_true", help="only the questions and the plans of visits, no load")
    args = parser.parse_args(argv)
    if args.cold_start:
        return report_cold_start(args.at_once)

    outcomes, alone, loaded = run_iris(args.at_once, load=not args.plans_only)
    counts = [len(asked) for _, asked, _, _ in outcomes]
    print("Questions per screening (one household at a time):")
    for name, asked, ended, _ in outcomes:
        print(f"  {len(asked):2d}  {name}{'' if ended else '  (DID NOT END)'}: {', '.join(asked)}")
    median_questions = statistics.median(counts)
    print(f"Median questions: {median_questions:g} (target <= {TARGET_QUESTIONS}); "
          f"min {min(counts)}, max {max(counts)}")

    report_plans([(name, turn) for name, _, _, turn in outcomes])
    if args.plans_only:
        return 0 if all(e for _, _, e, _ in outcomes) else 1

    turns = round(len(loaded) / len(HOUSEHOLDS))
    starter = run_starter(args.at_once, turns, len(HOUSEHOLDS))
    print(f"Per-turn latency, {args.at_once} conversations at once ({len(loaded)} Iris turns, "
          f"{len(starter)} starter turns):")
    print(f"  Iris alone:          median {1000 * statistics.median(alone):6.0f} ms, "
          f"p95 {1000 * percentile(alone, 0.95):6.0f} ms")
    print(f"  Iris, loaded:        median {1000 * statistics.median(loaded):6.0f} ms, "
          f"p95 {1000 * percentile(loaded, 0.95):6.0f} ms")
    print(f"  rasa init starter:   median {1000 * statistics.median(starter):6.0f} ms, "
          f"p95 {1000 * percentile(starter, 0.95):6.0f} ms")
    ratio = percentile(loaded, 0.95) / percentile(starter, 0.95)
    print(f"  p95 ratio Iris / starter: {ratio:.2f} (target <= {TARGET_RATIO})")
    ended = all(e for _, _, e, _ in outcomes)
    print("Every screening ended with a result." if ended else "Some screenings did not end: see above.")
    return 0 if ended else 1


if __name__ == "__main__":
    sys.exit(main())
