"""What one person of the load benchmark says next, and whether the bot's answer was right.

Pure and standard library only: the Locust users (bot/benchmarks/locustfile.py, in the benchmark
environment) drive these, and the tests check them without Locust. A person does one whole
conversation under one sender id, then starts again as a new person.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field

from bot.benchmarks.households import DONT_KNOW, GREETING, HOUSEHOLDS
from bot.benchmarks.starter_bot import STARTER_TURNS

MAX_TURNS = 30  # no screening of the twelve households needs half as many
# Seconds between an answer and the next message. The stress pace, the one of the load target:
# about 1 s, far quicker than a person. A person reads the question (10 to 30 words at about 238
# words a minute read silently: Brysbaert 2019, "How many words do we read per minute?", Journal
# of Memory and Language 109) and types a reply of 1 to 4 words (1.3 on average in
# bot/benchmarks/households.py) on a phone at about 36 words a minute (Palin et al. 2019, "How do
# people type on mobile devices?", MobileHCI, 37,000 volunteers), plus thinking: about 5 to 15 s.
STRESS_PAUSE = (0.5, 1.5)
PERSON_PAUSE = (5.0, 15.0)
PAUSE_VARIABLE = "IRIS_BENCH_PAUSE"  # "LOW HIGH", from bot/benchmarks/load.py to the Locust users


def pause_from(environment: dict[str, str]) -> tuple[float, float]:
    """The pause the load was given (bot/benchmarks/load.py), else the stress pace."""
    text = environment.get(PAUSE_VARIABLE)
    if not text:
        return STRESS_PAUSE
    low, high = (float(part) for part in text.split())
    return low, high


class WrongAnswer(Exception):
    """The bot's answer to a turn is an error: the message says which kind, for Locust's tally.
    `lost`: the conversation cannot go on, and the person starts again; otherwise the person sends
    the same message again, as the apology asks ("je garde vos réponses")."""

    def __init__(self, kind: str, lost: bool = False) -> None:
        super().__init__(kind)
        self.lost = lost


def read_messages(status: int, body: str | None) -> list[dict]:
    """The bot's messages of one REST answer, or WrongAnswer when there is no proper answer."""
    if status == 0:
        raise WrongAnswer("no HTTP answer")
    if status != 200:
        raise WrongAnswer(f"HTTP {status}")
    try:
        messages = json.loads(body or "")
    except ValueError:
        raise WrongAnswer("not JSON") from None
    if not isinstance(messages, list) or not all(isinstance(m, dict) for m in messages):
        raise WrongAnswer("not a list of messages")
    return messages


@dataclass
class Screening:
    """A household of bot/benchmarks/households.py doing one whole screening with Iris."""

    language: str
    replies: dict[str, str]
    sender: str = field(default_factory=lambda: f"load-{uuid.uuid4()}")
    message: str = ""
    turns: int = 0
    done: bool = False

    @classmethod
    def anyone(cls, rng: random.Random) -> "Screening":
        _, language, replies = rng.choice(HOUSEHOLDS)
        return cls(language, replies, message=GREETING[language])

    def read(self, status: int, body: str | None) -> None:
        """Takes Iris's answer to `message`: sets the next message, or `done` at the result;
        WrongAnswer when the answer is no step of a screening."""
        self.turns += 1  # retries too, so that a person who only ever gets errors gives up
        try:
            self.take(read_messages(status, body))
        except WrongAnswer as wrong:
            wrong.lost = wrong.lost or self.turns >= MAX_TURNS
            raise
        if not self.done and self.turns >= MAX_TURNS:
            raise WrongAnswer(f"no result after {MAX_TURNS} turns", lost=True)

    def take(self, messages: list[dict]) -> None:
        if not messages:
            raise WrongAnswer("no reply")
        customs = [m.get("custom") or {} for m in messages]
        errors = [c["error"] for c in customs if c.get("error")]
        if errors:  # the apology, or a limit's plain reply: the person did not get on
            raise WrongAnswer(f"error reply: {errors[0]}")
        if any("result" in c for c in customs):
            self.done = True
            return
        field_asked = customs[-1].get("ask")
        if field_asked is None:
            raise WrongAnswer("neither a question nor a result", lost=True)
        self.message = self.replies.get(field_asked, DONT_KNOW[self.language])


@dataclass
class StarterChat:
    """A person talking with the `rasa init` starter bot through its own stories, once."""

    sender: str = field(default_factory=lambda: f"load-{uuid.uuid4()}")
    message: str = STARTER_TURNS[0]
    turns: int = 0
    done: bool = False

    @classmethod
    def anyone(cls, rng: random.Random) -> "StarterChat":
        return cls()

    def read(self, status: int, body: str | None) -> None:
        """Takes the starter's answer. An empty list is a proper answer here: the starter stays
        silent where its stories predict nothing, as Rasa is meant to."""
        read_messages(status, body)  # on an error, the same message again
        self.turns += 1
        self.done = self.turns >= len(STARTER_TURNS)
        if not self.done:
            self.message = STARTER_TURNS[self.turns]
