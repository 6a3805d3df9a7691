"""Bad requests to the REST channel get a clear error, not silence."""

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
