"""What a caller cannot do to Iris's channels: open an SMS or Telegram conversation over REST,
compute a person's id from a leaked Twilio token, replay a signed Twilio request, or send a body
over 64 kB; and Rasa sends no telemetry."""

from __future__ import annotations

import json
import os
import stat
import urllib.parse
from pathlib import Path

import pytest

from bot.channels.senders import pseudonym
from bot.services import Iris
from tests.bot.conftest import CHANNEL_SETTINGS, post_json, post_status
from tests.bot.test_sms_channel import PUBLIC_URL, Phone, stored_events, twilio_form, twilio_signature


@pytest.mark.parametrize("sender", ["sms-0123456789abcdef0123456789abcdef", "whatsapp-abc", "telegram-42", "SMS-x"])
@pytest.mark.parametrize("server", ["rasa", "web"])
def test_the_rest_channel_refuses_the_ids_of_phone_and_chat_conversations(iris, sender, server):
    port = iris.ports.rasa if server == "rasa" else iris.ports.web
    status, body = post_json(f"http://127.0.0.1:{port}/webhooks/rest/webhook", {"sender": sender, "message": "1"})
    assert status == 400 and "sms-" in body["error"]


def test_an_sms_conversation_is_stored_under_iris_own_key_not_the_twilio_token(iris, stand_in_api):
    phone = Phone(iris, stand_in_api)
    phone.texts("Bonjour")
    assert stored_events(iris, pseudonym("sms", phone.number, CHANNEL_SETTINGS["IRIS_PSEUDONYM_KEY"])) > 0
    assert stored_events(iris, pseudonym("sms", phone.number, CHANNEL_SETTINGS["TWILIO_AUTH_TOKEN"])) == 0


def test_a_signed_twilio_request_sent_again_is_answered_once(iris, stand_in_api):
    phone = Phone(iris, stand_in_api)
    form = twilio_form(phone.number, "Bonjour", phone.to)
    body = urllib.parse.urlencode(form).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "X-Twilio-Signature": twilio_signature(PUBLIC_URL, form)}
    assert post_status(phone.webhook, body, headers) == 204
    answered = len(stand_in_api.to(phone.number))
    assert answered > 0
    assert post_status(phone.webhook, body, headers) == 204
    assert len(stand_in_api.to(phone.number)) == answered


def test_a_body_over_64_kb_is_refused_before_it_is_read(iris):
    rest = json.dumps({"sender": "big", "message": "x" * 70_000}).encode()
    assert post_status(f"http://127.0.0.1:{iris.ports.rasa}/webhooks/rest/webhook", rest,
                       {"Content-Type": "application/json"}) == 413
    form = urllib.parse.urlencode({"Body": "x" * 200_000, "From": "+32470000000"}).encode()
    assert post_status(f"http://127.0.0.1:{iris.ports.rasa}/webhooks/twilio/webhook", form,
                       {"Content-Type": "application/x-www-form-urlencoded"}) == 413


def test_rasa_runs_with_its_telemetry_off(iris):
    rasa = next(s for s in iris.services if s.name == "Rasa server")
    environment = Path(f"/proc/{rasa.process.pid}/environ").read_bytes().split(b"\0")
    assert b"RASA_TELEMETRY_ENABLED=false" in environment


def test_without_a_pseudonym_key_make_run_keeps_a_random_one_only_its_user_can_read(tmp_path, monkeypatch):
    monkeypatch.delenv("IRIS_PSEUDONYM_KEY", raising=False)
    first = Iris.on_free_ports(tmp_path).environment()["IRIS_PSEUDONYM_KEY"]
    again = Iris.on_free_ports(tmp_path).environment()["IRIS_PSEUDONYM_KEY"]
    assert first == again and len(first) == 64
    assert stat.S_IMODE(os.stat(tmp_path / "pseudonym.key").st_mode) == 0o600
    assert Iris.on_free_ports(tmp_path / "other").environment()["IRIS_PSEUDONYM_KEY"] != first
