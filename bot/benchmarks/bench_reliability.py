"""Reliability benchmark (issue 12, item 4): what Iris does with what no person means to send.

    python -m bot.benchmarks.bench_reliability [--fuzz 10000] [--at-once 8]

Prints one table. Fuzz: messages of every odd kind (empty, 2,500 characters, 100 kB, control
characters, markup, injections, Rasa's button syntax, odd Unicode, bad JSON, wrong content type)
go to the REST channel of an Iris of its own, each from a sender of its own; counted are the
answers 5xx (target 0) and the well-formed messages without a reply (target 0). Load with Locust
and faults under load are the next rows to come (issue 12).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import urllib.error
import urllib.request
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from bot.services import Iris

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=int, default=10_000, help="odd messages to send")
    parser.add_argument("--at-once", type=int, default=8, help="requests at the same time")
    args = parser.parse_args(argv)
    iris = Iris.on_free_ports(Path(tempfile.mkdtemp(prefix="iris-bench-")))
    iris.start()
    try:
        sent, errors, unanswered = fuzz(f"http://127.0.0.1:{iris.ports.rasa}/webhooks/rest/webhook",
                                        args.fuzz, args.at_once)
    finally:
        iris.stop()
    print(f"{'fuzz: kind':24s} {'sent':>6s} {'5xx':>5s} {'unanswered':>11s}")
    for kind in KINDS:
        print(f"  {kind:22s} {sent[kind]:6d} {errors[kind]:5d} {unanswered[kind]:11d}")
    total_errors, total_silent = sum(errors.values()), sum(unanswered.values())
    print(f"  {'all':22s} {sum(sent.values()):6d} {total_errors:5d} {total_silent:11d}   (target: 0 and 0)")
    return 0 if total_errors == 0 and total_silent == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
