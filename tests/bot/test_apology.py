"""A part down is an apology, not silence: when the action server is stopped, frozen (slower than
5 s) or fails inside an action, the person gets a plain apology in the language of their
conversation, and once it is back the next message goes on with the screening, answers kept."""

from __future__ import annotations

import os
import signal
import time

import pytest

from actions.i18n import say
from bot.benchmarks.households import HOUSEHOLDS
from bot.services import Iris
from tests.bot.conftest import Person
from tests.bot.screening_driver import answer_until_result

APOLOGY = "A small problem on my side. Try again in a minute: I keep your answers."


@pytest.fixture(scope="module")
def own_iris(tmp_path_factory):
    """An Iris of this module's own, since its action server is stopped and frozen here."""
    running = Iris.on_free_ports(tmp_path_factory.mktemp("iris-apology"))
    running.start()
    yield running
    running.stop()


def action_server(iris: Iris):
    return next(s for s in iris.services if s.name == "action server")


def household(language: str) -> dict[str, str]:
    return next(replies for _, lang, replies in HOUSEHOLDS if lang == language)


def is_apology(messages: list[dict], language: str) -> bool:
    return [m.get("text") for m in messages] == [say(language, APOLOGY)] and \
        messages[0]["custom"]["language"] == language


@pytest.mark.parametrize("language, greeting", [("fr", "Bonjour"), ("nl", "Hallo")])
def test_with_the_action_server_stopped_the_person_gets_an_apology_then_finishes_the_screening(
        own_iris, language, greeting):
    person = Person(f"http://127.0.0.1:{own_iris.ports.rasa}")
    replies = household(language)
    messages = person.says(greeting)
    first = messages[-1]["custom"]["ask"]
    messages = person.says(replies[first])
    pending = messages[-1]["custom"]["ask"]

    action_server(own_iris).stop()
    try:
        # "ja" / "oui" say nothing of the language: the apology follows the conversation's.
        down = person.says("ja" if language == "nl" else "oui")
        assert is_apology(down, language), down
    finally:
        action_server(own_iris).start(own_iris.environment(), append=True)
        action_server(own_iris).wait_until_ready(120)

    again = person.says(replies[pending])
    assert again[-1]["custom"].get("ask") != pending, "the answer given after the apology was not taken"
    screening = answer_until_result(person, again, replies)
    assert screening.profile[first] is not None and screening.profile[pending] is not None


def test_an_action_server_slower_than_5_seconds_gets_an_apology_within_a_few_seconds(own_iris):
    person = Person(f"http://127.0.0.1:{own_iris.ports.rasa}")
    replies = household("fr")
    messages = person.says("Bonjour")
    pending = messages[-1]["custom"]["ask"]
    pid = action_server(own_iris).process.pid
    os.kill(pid, signal.SIGSTOP)  # it accepts connections and answers nothing
    try:
        started = time.monotonic()
        late = person.says(replies[pending])
        waited = time.monotonic() - started
    finally:
        os.kill(pid, signal.SIGCONT)
    assert is_apology(late, "fr"), late
    assert 4.5 < waited < 9, waited
    again = person.says(replies[pending])
    assert again[-1]["custom"].get("ask") != pending
