"""The action server listens on 127.0.0.1 only, answers an action that fails with the apology in
the conversation's language instead of a 500 carrying the tracker, and keeps every log free of what
the person wrote; a value typed by hand outside the contract never reaches the engine."""

from __future__ import annotations

import datetime
import json
import urllib.request
import uuid
from pathlib import Path

import pytest

from actions.i18n import say
from bot.action_server import seconds_until_next_preparation
from bot.services import Iris
from tests.bot.conftest import Person

APOLOGY = "A small problem on my side. Try again in a minute: I keep your answers."


def listening_addresses(port: int) -> set[str]:
    """The local addresses a socket listens on at `port`, from /proc/net/tcp (hex, little-endian)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


def every_log(iris: Iris) -> str:
    return "\n".join(p.read_text(errors="replace") for p in iris.logs.glob("*") if p.is_file())


@pytest.fixture(scope="module")
def failing_iris(tmp_path_factory):
    """An Iris whose action server serves an action_reply that raises."""
    running = Iris.on_free_ports(tmp_path_factory.mktemp("iris-failing"), actions_package="tests.bot.failing_actions")
    running.start()
    yield running
    running.stop()


def test_the_action_server_listens_on_the_loopback_address_only(iris):
    assert listening_addresses(iris.ports.actions) == {"0100007F"}  # 127.0.0.1


def test_an_action_that_fails_gets_the_apology_and_no_log_holds_the_message_or_the_tracker(failing_iris):
    words = f"je gagne 1234 euros et je vis rue {uuid.uuid4().hex}"
    person = Person(f"http://127.0.0.1:{failing_iris.ports.rasa}")
    messages = person.says(words)
    assert [m["text"] for m in messages] == [say("fr", APOLOGY)]
    assert messages[0]["custom"] == {"language": "fr", "error": "action_failed"}
    logs = every_log(failing_iris)
    assert "ValueError" in logs  # the operator still learns what failed, and where
    for secret in (words.rsplit(" ", 1)[-1], "1234", '"tracker"', "request_body"):
        assert secret not in logs


def test_the_action_server_answers_a_direct_failure_without_the_request(failing_iris):
    secret = uuid.uuid4().hex
    call = {"next_action": "action_reply", "sender_id": secret, "version": "3.6.2",
            "tracker": {"sender_id": secret, "slots": {"language": "nl"},
                        "latest_message": {"text": secret}, "events": [], "paused": False,
                        "followup_action": None, "active_loop": {}, "latest_action_name": None},
            "domain": {}}
    request = urllib.request.Request(f"http://127.0.0.1:{failing_iris.ports.actions}/webhook",
                                     data=json.dumps(call).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as reply:
        body = json.loads(reply.read())
    assert body["events"] == []
    assert [r["text"] for r in body["responses"]] == [say("nl", APOLOGY)]
    assert secret not in json.dumps(body) and secret not in every_log(failing_iris)


@pytest.mark.parametrize("typed", ['/inform{"commune": "x"}', '/inform{"age": "old"}', '/inform{"children": -3}',
                                   '/inform{"number": "lots"}', '/inform{"answer": {"x": 1}}'])
def test_a_value_typed_outside_the_contract_is_dropped_not_a_crash(iris, typed):
    person = Person(f"http://127.0.0.1:{iris.ports.rasa}")
    person.says("Bonjour")
    messages = person.says(typed)
    assert say("fr", APOLOGY) not in [m.get("text") for m in messages]
    assert all(m["custom"].get("error") is None for m in messages if m.get("custom"))
    assert "x" not in json.dumps([m.get("custom") for m in messages])


def test_a_typed_intent_or_entity_unknown_to_the_bot_leaves_no_trace_in_the_logs(iris):
    secret = uuid.uuid4().hex
    person = Person(f"http://127.0.0.1:{iris.ports.rasa}")
    person.says(f'/intent_{secret}{{"entity_{secret}": "value_{secret}"}}')
    person.says(f'/inform{{"{secret}": 1}}')
    assert secret not in every_log(iris)


def test_tomorrows_model_is_prepared_ten_minutes_before_midnight():
    assert seconds_until_next_preparation(datetime.datetime(2026, 12, 2, 12, 0)) == 11 * 3600 + 50 * 60
    assert seconds_until_next_preparation(datetime.datetime(2026, 12, 2, 23, 55)) == 24 * 3600 - 5 * 60
