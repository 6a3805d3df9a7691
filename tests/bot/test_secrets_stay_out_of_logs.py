"""Secrets come from the environment and stay there: after conversations over REST and SMS, no log
holds a token, the pseudonym key, a phone number or a word the person wrote."""

from __future__ import annotations

import uuid

from tests.bot.conftest import CHANNEL_SETTINGS, Person
from tests.bot.test_sms_channel import Phone

SECRETS = ("TWILIO_AUTH_TOKEN", "TELEGRAM_TOKEN", "TELEGRAM_SECRET_TOKEN", "IRIS_PSEUDONYM_KEY")


def test_no_log_holds_a_secret_a_number_or_what_people_wrote(iris, stand_in_api):
    words = f"je vis rue {uuid.uuid4().hex}"
    person = Person(f"http://127.0.0.1:{iris.ports.web}")
    person.says("Bonjour")
    person.says(words)
    phone = Phone(iris, stand_in_api)
    phone.texts("Bonjour")
    phone.texts(words)
    logs = {p.name: p.read_text(errors="replace") for p in iris.logs.glob("*") if p.is_file()}
    assert {"actions.log", "rasa.log", "web.log"} <= set(logs)
    for name, text in logs.items():
        for secret in SECRETS:
            assert CHANNEL_SETTINGS[secret] not in text, (name, secret)
        assert phone.number not in text and phone.number.lstrip("+") not in text, name
        assert words.split()[-1] not in text, name
    assert CHANNEL_SETTINGS["TWILIO_AUTH_TOKEN"] not in iris.credentials.read_text()
