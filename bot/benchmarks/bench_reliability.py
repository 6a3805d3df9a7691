"""Reliability benchmark (issue 12, item 4): odd messages, a crowd, and services that fail.

    make bench-reliability [ARGS="--quick"]
    python -m bot.benchmarks.bench_reliability [--fuzz 10000] [--at-once 8] [--users 100]
        [--spawn-rate 10] [--seconds 300] [--people 20] [--pause LOW HIGH] [--model PATH] [--quick]

Prints one table, then one line per target (met / NOT MET), from an Iris of its own on free
ports, supervised as `make run` does (bot/supervisor.py); exit status 0 when every target is met.
1. Fuzz: `--fuzz` messages of every odd kind (empty, 2,500 characters, 100 kB, control
   characters, markup, injections, Rasa's button syntax, odd Unicode, bad JSON, wrong content
   type) go to the REST channel, `--at-once` at a time, each from a sender of its own; counted per
   kind are the answers 5xx (target 0) and the well-formed messages without a reply (target 0).
2. Load: Locust (in .venvs/bench, `make bench-env`) runs `--users` people at once for `--seconds`,
   `--spawn-rate` new people a second at the start. A person is one of the twelve benchmark
   households doing a whole screening, 0.5 to 1.5 s between messages (the stress pace), then a new
   person with a new sender id (bot/benchmarks/locustfile.py); after an error, the same message
   again. With `--pause LOW HIGH`, Iris gets the same load again at that pace (a person's is about
   5 to 15 s: bot/benchmarks/load_people.py), printed as a row of its own below the stress rows,
   which alone count for the target. Printed:
   turns in error (target 0: no HTTP answer, not 200, not JSON, no reply, an apology, or neither
   a question nor a result), by kind, p50 and p95 per turn (Locust's percentiles, rounded to two
   figures), turns a second and screenings ended a minute. The starter bot of `rasa init` (trained
   once into .cache/bench/starter) then gets the same load shape with its own stories (greeting,
   moods, goodbye), alone on the machine as Iris was, for comparison.
3. Faults under load: `--people` people do screenings, a second between messages, and send their
   message again a second after an apology or a refused connection, as the apology asks.
   Meanwhile the action server is killed, then the Rasa server (the supervisor starts each
   again), then the tracker database is locked for 3 s. Counted: screenings that reach a result
   (target 100 %), and the longest a person waited for a useful answer.
--quick is a short try: 500 odd messages, 20 people for 30 s in the load, 5 people through the
faults (an option given as well wins). A full run takes 20 to 35 minutes on 2 cores. Locust's
CSV files and log, the services' logs and the benchmark's tracker store go to
.cache/bench/reliability/ (iris/ and starter/ are replaced at each run).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Callable

from bot.benchmarks.bench_chat import post
from bot.benchmarks.households import DONT_KNOW, GREETING, HOUSEHOLDS
from bot.benchmarks.load import LOCUST, Load, LoadFigures, run_locust
from bot.benchmarks.load_people import PERSON_PAUSE, STRESS_PAUSE
from bot.benchmarks.reliability_report import Faults, Fuzz, Reliability, table, targets
from bot.benchmarks.starter_bot import ensure_starter, starter_service
from bot.model import ROOT
from bot.services import Iris, StartError, answers
from bot.supervisor import supervise

OUTPUT = ROOT / ".cache" / "bench" / "reliability"

JSON = "application/json"
# What a person, a broken client or a script may type or send, by kind.
TEXTS: dict[str, Callable[[random.Random], str]] = {
    "empty": lambda r: r.choice(["", " ", "\n\t  "]),
    "long": lambda r: "je vis seule " * 200,
    "control characters": lambda r: "".join(chr(r.randrange(0, 32)) for _ in range(40)) + "\x7f\x1b[31mrouge",
    "markup": lambda r: r.choice(["<script>alert(1)</script>", "<b>bonjour</b>", "[lien](javascript:x)",
                                  "<img src=x onerror=alert(1)>"]),
    "injection": lambda r: r.choice(["'; DROP TABLE events; --", "{{7*7}}", "${jndi:ldap://x/a}", "%s%s%n",
                                     "../../etc/passwd", "\" OR 1=1 --"]),
    "button syntax": lambda r: r.choice(['/inform{"commune": "x"}', "/restart", "/inform{bad json", "/",
                                         '/inform{"age": 1e309}', '/inform{"option": {"a": [1]}}', "/greet" * 50]),
    "odd unicode": lambda r: r.choice(["🙂" * 30, "\u202eevil", "a\u200bb\u200dc", "e\u0301" * 50, "\ufeff",
                                       "مرحبا", "你好", "\U0001F468\u200D\U0001F469\u200D\U0001F467"]),
    "numbers": lambda r: r.choice(["1e309", "-0", "9" * 60, "NaN", "-1200", "0x1F", "1,2,3,4,5"]),
}


def bodies(kind: str, rng: random.Random) -> tuple[bytes, str, bool]:
    """(body, content type, whether a reply is due) for one message of `kind`."""
    sender = f"fuzz-{uuid.uuid4().hex}"
    if kind in TEXTS:
        return json.dumps({"sender": sender, "message": TEXTS[kind](rng)}).encode(), JSON, True
    if kind == "100 kB":
        return json.dumps({"sender": sender, "message": "x" * 100_000}).encode(), JSON, False
    if kind == "bad JSON":
        return rng.choice([b"{", b"[]", b"null", b'{"sender": 1, "message": "a"}', b'{"sender": "a", "message": []}',
                           b"\xff\xfe", b'{"sender": "' + b"a" * 500 + b'", "message": "a"}']), JSON, False
    if kind == "wrong content type":
        return f"sender={sender}&message=bonjour".encode(), rng.choice(
            ["application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"]), False
    raise ValueError(kind)


KINDS = [*TEXTS, "100 kB", "bad JSON", "wrong content type"]


def send(url: str, body: bytes, kind: str) -> tuple[int, object]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": kind})
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            return reply.status, json.loads(reply.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, None
    except (urllib.error.URLError, OSError, ValueError):
        return 0, None  # no HTTP answer at all counts as unanswered


def fuzz(url: str, count: int, at_once: int, seed: int = 12) -> Fuzz:
    """Per kind: messages sent, 5xx answers, well-formed messages left without a reply."""
    started = time.monotonic()
    rng = random.Random(seed)
    plan = [(kind, *bodies(kind, rng)) for kind in (KINDS[i % len(KINDS)] for i in range(count))]

    def one(item: tuple[str, bytes, str, bool]) -> tuple[str, int, bool]:
        kind, body, content_type, reply_due = item
        status, messages = send(url, body, content_type)
        return kind, status, reply_due and not (status == 200 and isinstance(messages, list) and messages)

    sent, errors, unanswered = Counter(), Counter(), Counter()
    with ThreadPoolExecutor(at_once) as pool:
        for kind, status, silent in pool.map(one, plan):
            sent[kind] += 1
            errors[kind] += status >= 500
            unanswered[kind] += silent
    return Fuzz(sent, errors, unanswered, time.monotonic() - started, at_once)


def patient_turn(url: str, sender: str, text: str) -> tuple[list[dict], float]:
    """Sends until a useful answer comes: the messages, and the seconds the person waited."""
    started = time.monotonic()
    while time.monotonic() - started < 300:
        try:
            messages, _ = post(url, sender, text)
        except (urllib.error.URLError, OSError, ValueError):
            messages = []
        if messages and not (messages[-1].get("custom") or {}).get("error"):
            return messages, time.monotonic() - started
        time.sleep(1)
    raise TimeoutError("no useful answer for 5 minutes")


def patient_screening(url: str, language: str, replies: dict[str, str]) -> tuple[bool, float]:
    """One screening through the faults: whether it reached the result, and the longest wait."""
    sender, longest = f"bench-{uuid.uuid4()}", 0.0
    text = GREETING[language]
    try:
        for _ in range(30):
            messages, waited = patient_turn(url, sender, text)
            longest = max(longest, waited)
            custom = messages[-1].get("custom") or {}
            if any("result" in (m.get("custom") or {}) for m in messages):  # the plan's first message
                return True, longest
            if "ask" not in custom:
                return False, longest
            text = replies.get(custom["ask"], DONT_KNOW[language])
            time.sleep(1)  # a person reads the question
    except TimeoutError:
        pass
    return False, longest


def inflict_faults(iris: Iris, report: Callable[[str], None]) -> None:
    """Kills the action server, then the Rasa server, then locks the tracker database for 3 s,
    each once the service killed before answers again, so that each fault meets a working Iris."""
    for name in ("action server", "Rasa server"):
        time.sleep(10)
        service = next(s for s in iris.services if s.name == name)
        report(f"fault: killing the {name}")
        os.kill(service.process.pid, signal.SIGKILL)
        time.sleep(2)  # the supervisor sees it stopped
        deadline = time.monotonic() + 300
        while not answers(service.ready_url) and time.monotonic() < deadline:
            time.sleep(1)
    time.sleep(10)
    report("fault: locking the tracker database for 3 s")
    with sqlite3.connect(iris.tracker_db, timeout=30) as db:
        db.execute("BEGIN EXCLUSIVE")
        time.sleep(3)
        db.rollback()


def faults_under_load(iris: Iris, people: int) -> Faults:
    """Screenings done by `people` while the services fail, those with a result, the longest wait."""
    url = f"http://127.0.0.1:{iris.ports.rasa}/webhooks/rest/webhook"
    faults = threading.Thread(target=inflict_faults, args=(iris, progress))
    faults.start()

    def person(i: int) -> list[tuple[bool, float]]:
        done = []
        while faults.is_alive() or not done:
            _, language, replies = HOUSEHOLDS[(i + len(done)) % len(HOUSEHOLDS)]
            done.append(patient_screening(url, language, replies))
        return done

    with ThreadPoolExecutor(people) as pool:
        runs = [outcome for run in pool.map(person, range(people)) for outcome in run]
    faults.join()
    return Faults(people, len(runs), sum(ended for ended, _ in runs), max(wait for _, wait in runs))


def positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return int(text)


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 600:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds from 0 to 600")
    return value


def settings(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=positive, help="odd messages to send (10,000; --quick: 500)")
    parser.add_argument("--at-once", type=positive, default=8, help="odd messages at the same time")
    parser.add_argument("--users", type=positive, help="people at once in the load (100; --quick: 20)")
    parser.add_argument("--spawn-rate", type=positive, default=10, help="new people a second at the start of the load")
    parser.add_argument("--seconds", type=positive, help="length of each load (300; --quick: 30)")
    parser.add_argument("--people", type=positive, help="people doing screenings through the faults (20; --quick: 5)")
    parser.add_argument("--pause", type=seconds, nargs=2, metavar=("LOW", "HIGH"), default=STRESS_PAUSE,
                        help="also load Iris with LOW to HIGH s between messages, after the stress pace of the target "
                        f"({STRESS_PAUSE[0]:g} to {STRESS_PAUSE[1]:g} s); a person's: "
                        f"{PERSON_PAUSE[0]:g} {PERSON_PAUSE[1]:g} (bot/benchmarks/load_people.py)")
    # Others may change the training data while a run is planned: a model already trained keeps
    # before and after runs comparable without waiting for a new training.
    parser.add_argument("--model", type=Path, help="a trained model to serve (the one for the current data)")
    parser.add_argument("--quick", action="store_true", help="a short try: 500 odd messages, 20 people for 30 s, 5 through the faults")
    args = parser.parse_args(argv)
    args.pause = tuple(args.pause)
    if args.pause[0] > args.pause[1]:
        parser.error(f"--pause {args.pause[0]:g} {args.pause[1]:g}: LOW must not be more than HIGH")
    for name, full, quick in (("fuzz", 10_000, 500), ("users", 100, 20), ("seconds", 300, 30), ("people", 20, 5)):
        if getattr(args, name) is None:
            setattr(args, name, quick if args.quick else full)
    return args


def keep_model(iris: Iris, workdir: Path, model: Path | None = None) -> None:
    """Serves a copy of the trained model (`model`, else the one for the current data): `make
    train` deletes the older model when the data change during the run, and Rasa, killed in the
    faults, must start again from the same one."""
    command = next(s for s in iris.services if s.name == "Rasa server").command
    at = command.index("--model") + 1
    source = Path(model or command[at])
    if not source.is_file():
        raise StartError(f"No trained model at {source}: run 'make train', or name one with --model.")
    workdir.mkdir(parents=True, exist_ok=True)
    command[at] = shutil.copy(source, workdir / source.name)


def on_iris(args: argparse.Namespace, load: Load) -> tuple[Fuzz, LoadFigures, Faults, tuple[Load, LoadFigures] | None]:
    """The fuzz, the load and the faults, on one Iris of the benchmark's own."""
    workdir = OUTPUT / "iris"
    shutil.rmtree(workdir, ignore_errors=True)  # the last run's tracker store and logs
    iris = Iris.on_free_ports(workdir)
    keep_model(iris, workdir, args.model)
    progress("Starting Iris on free ports...")
    iris.start()
    stop = threading.Event()
    # Started here, since a service dies with the thread that started it (bot/services.py).
    supervisor = threading.Thread(target=supervise, args=(iris.services, iris.environment(), stop, progress))
    supervisor.start()
    try:
        progress(f"fuzz: {args.fuzz:,} odd messages...")
        odd = fuzz(f"http://127.0.0.1:{iris.ports.rasa}/webhooks/rest/webhook", args.fuzz, args.at_once)
        progress(f"load: {load.users} people doing screenings for {load.seconds} s (Locust)...")
        loaded = run_locust(f"http://127.0.0.1:{iris.ports.rasa}", "IrisPerson", load, OUTPUT / "locust" / "iris")
        paced = None
        if args.pause != load.pause:
            at_pace = replace(load, pause=args.pause)
            progress(f"load: {load.users} people doing screenings for {load.seconds} s, {at_pace.pace} (Locust)...")
            paced = at_pace, run_locust(f"http://127.0.0.1:{iris.ports.rasa}", "IrisPerson", at_pace,
                                        OUTPUT / "locust" / "iris-paced")
        progress(f"faults: {args.people} people doing screenings while the services fail...")
        failed = faults_under_load(iris, args.people)
    finally:
        stop.set()
        supervisor.join()
        iris.stop()
    return odd, loaded, failed, paced


def on_starter(load: Load) -> LoadFigures | str:
    """The same load shape on the `rasa init` starter bot, alone on the machine as Iris was; or
    why it has no figures. It is a comparison, so Iris's figures are printed even without it."""
    starter = starter_service(OUTPUT / "starter")
    progress(f"load: {load.users} people talking with the rasa init starter bot for {load.seconds} s (Locust)...")
    starter.start(environment=None)
    try:
        try:
            # A Rasa server loads in about a minute alone; on 2 cores shared with other work,
            # more than 180 s was seen (2026-12-03, load average 12).
            starter.wait_until_ready(600)
        except StartError as error:
            progress(str(error))
            return str(error).splitlines()[0]
        post(f"http://127.0.0.1:{starter.port}/webhooks/rest/webhook", "warm-up", "hello")  # as Iris warms up
        return run_locust(f"http://127.0.0.1:{starter.port}", "StarterPerson", load, OUTPUT / "locust" / "starter")
    finally:
        starter.stop()


def progress(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = settings(argv)
    if not LOCUST.exists():
        print("Locust is missing: run 'make bench-env' first (or 'make bench-reliability').", file=sys.stderr)
        return 2
    load = Load(args.users, args.spawn_rate, args.seconds)
    ensure_starter()  # trained before Iris starts, so that training does not slow Iris's figures
    try:
        odd, loaded, failed, paced = on_iris(args, load)
        starter = on_starter(load)
    except StartError as error:
        print(error, file=sys.stderr)
        return 1
    figures = Reliability(odd, load, loaded, starter, failed, paced)
    print("\n".join(table(figures)))
    return 0 if all(met for met, _ in targets(figures)) else 1


if __name__ == "__main__":
    sys.exit(main())
