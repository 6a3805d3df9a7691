"""One running Iris (action server, Rasa server, web page) for the conversation tests, on free ports."""

from __future__ import annotations

import json
import urllib.request
import uuid

import pytest

from bot.services import Iris, Ports, free_port


@pytest.fixture(scope="session")
def iris(tmp_path_factory):
    ports = Ports(rasa=free_port(), actions=free_port(), web=free_port())
    workdir = tmp_path_factory.mktemp("iris")
    running = Iris(ports, tracker_db=workdir / "tracker.db", logs=workdir / "logs")
    running.start()
    yield running
    running.stop()


def post_json(url: str, payload: dict) -> tuple[int, object]:
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


class Person:
    """Someone chatting over the REST channel, with a sender id of their own."""

    def __init__(self, base_url: str):
        self.url = base_url + "/webhooks/rest/webhook"
        self.sender = f"test-{uuid.uuid4()}"

    def says(self, text: str) -> list[dict]:
        status, messages = post_json(self.url, {"sender": self.sender, "message": text})
        assert status == 200, messages
        assert messages, f"no answer to {text!r}"
        return messages


@pytest.fixture
def person(iris) -> Person:
    return Person(f"http://127.0.0.1:{iris.ports.rasa}")


@pytest.fixture
def web_person(iris) -> Person:
    return Person(f"http://127.0.0.1:{iris.ports.web}")
