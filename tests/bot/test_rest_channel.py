"""Bad requests to the REST channel get a clear error, not silence."""

import pytest

from actions.i18n import say
from bot.services import Iris, Ports, free_port
from tests.bot.conftest import post_json


def test_a_request_without_a_sender_is_refused_with_a_reason(iris):
    status, body = post_json(f"http://127.0.0.1:{iris.ports.rasa}/webhooks/rest/webhook",
                             {"message": "Bonjour"})
    assert status == 400
    assert "sender" in body["error"]


def test_a_request_without_a_message_is_refused_with_a_reason(iris):
    status, body = post_json(f"http://127.0.0.1:{iris.ports.web}/webhooks/rest/webhook",
                             {"sender": "someone"})
    assert status == 400
    assert "message" in body["error"]


@pytest.fixture(scope="module")
def iris_without_actions(tmp_path_factory):
    ports = Ports(rasa=free_port(), actions=free_port(), web=free_port())
    workdir = tmp_path_factory.mktemp("iris-without-actions")
    running = Iris(ports, tracker_db=workdir / "tracker.db", logs=workdir / "logs")
    running.start()
    running.services[0].stop()  # the action server
    yield running
    running.stop()


def test_when_the_action_server_is_down_the_person_gets_an_apology_not_silence(iris_without_actions):
    url = f"http://127.0.0.1:{iris_without_actions.ports.rasa}/webhooks/rest/webhook"
    status, messages = post_json(url, {"sender": "someone", "message": "Hallo"})
    assert status == 200
    assert messages == [{
        "recipient_id": "someone",
        "text": say("nl", "A small problem on my side. Try again in a minute: I keep your answers."),
        "custom": {"language": "nl", "error": "no_answer"},
    }]
