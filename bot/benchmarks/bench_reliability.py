"""Reliability benchmark (issue 12, item 4): what Iris does with what no person means to send.

    python -m bot.benchmarks.bench_reliability [--fuzz 10000] [--at-once 8] [--people 10]

Prints one table, from an Iris of its own supervised as `make run` does (bot/supervisor.py).
1. Fuzz: messages of every odd kind (empty, 2,500 characters, 100 kB, control characters, markup,
   injections, Rasa's button syntax, odd Unicode, bad JSON, wrong content type) go to the REST
   channel, each from a sender of its own; counted are the answers 5xx (target 0) and the
   well-formed messages without a reply (target 0).
2. Faults under load: `--people` people do screenings one after another, a second between
   messages, and send their message again a second after an apology or a refused connection, as
   the apology asks. Meanwhile the action server is killed, then the Rasa server, then the tracker
   database is locked for 3 s. Counted: screenings that reach a result (target 100 %), and the
   longest a person waited for a useful answer.
Load with Locust is the row still to come (issue 12).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from bot.benchmarks.bench_chat import post
from bot.benchmarks.households import DONT_KNOW, GREETING, HOUSEHOLDS
from bot.services import Iris
from bot.supervisor import supervise

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


def fuzz(url: str, count: int, at_once: int, seed: int = 12) -> tuple[Counter, Counter, Counter]:
    """Per kind: messages sent, 5xx answers, well-formed messages left without a reply."""
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
    return sent, errors, unanswered


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
            if "result" in custom:
                return True, longest
            if "ask" not in custom:
                return False, longest
            text = replies.get(custom["ask"], DONT_KNOW[language])
            time.sleep(1)  # a person reads the question
    except TimeoutError:
        pass
    return False, longest


def inflict_faults(iris: Iris, report: Callable[[str], None]) -> None:
    """Kills the action server, then the Rasa server, then locks the tracker database for 3 s."""
    for name, after in (("action server", 5), ("Rasa server", 15)):
        time.sleep(after)
        service = next(s for s in iris.services if s.name == name)
        report(f"fault: killing the {name}")
        os.kill(service.process.pid, signal.SIGKILL)
    time.sleep(45)
    report("fault: locking the tracker database for 3 s")
    with sqlite3.connect(iris.tracker_db, timeout=30) as db:
        db.execute("BEGIN EXCLUSIVE")
        time.sleep(3)
        db.rollback()


def faults_under_load(iris: Iris, people: int) -> tuple[int, int, float]:
    """(screenings, screenings with a result, longest wait in seconds)."""
    url = f"http://127.0.0.1:{iris.ports.rasa}/webhooks/rest/webhook"
    faults = threading.Thread(target=inflict_faults, args=(iris, lambda line: print(line, file=sys.stderr)))
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
    return len(runs), sum(ended for ended, _ in runs), max(wait for _, wait in runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=int, default=10_000, help="odd messages to send")
    parser.add_argument("--at-once", type=int, default=8, help="requests at the same time")
    parser.add_argument("--people", type=int, default=10, help="people doing screenings through the faults")
    args = parser.parse_args(argv)
    iris = Iris.on_free_ports(Path(tempfile.mkdtemp(prefix="iris-bench-")))
    iris.start()
    stop = threading.Event()
    # Started here, since a service dies with the thread that started it (bot/services.py).
    supervisor = threading.Thread(target=supervise, args=(iris.services, iris.environment(), stop,
                                                          lambda line: print(line, file=sys.stderr)))
    supervisor.start()
    try:
        sent, errors, unanswered = fuzz(f"http://127.0.0.1:{iris.ports.rasa}/webhooks/rest/webhook",
                                        args.fuzz, args.at_once)
        screenings, completed, longest = faults_under_load(iris, args.people)
    finally:
        stop.set()
        supervisor.join()
        iris.stop()
    print(f"{'fuzz: kind':24s} {'sent':>6s} {'5xx':>5s} {'unanswered':>11s}")
    for kind in KINDS:
        print(f"  {kind:22s} {sent[kind]:6d} {errors[kind]:5d} {unanswered[kind]:11d}")
    total_errors, total_silent = sum(errors.values()), sum(unanswered.values())
    print(f"  {'all':22s} {sum(sent.values()):6d} {total_errors:5d} {total_silent:11d}   (target: 0 and 0)")
    print(f"faults under load ({args.people} people; action server killed, Rasa killed, database locked 3 s):")
    print(f"  screenings with a result: {completed}/{screenings} ({100 * completed / screenings:.0f} %, target 100 %); "
          f"longest wait {longest:.1f} s")
    return 0 if total_errors == 0 and total_silent == 0 and completed == screenings else 1


if __name__ == "__main__":
    sys.exit(main())
