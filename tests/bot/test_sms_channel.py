"""SMS and WhatsApp through the running bot: Twilio's signed webhook requests in, the messages
Iris sends to Twilio's API (a stand-in) out."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import sqlite3
import urllib.parse
import uuid

import pytest

from actions.i18n import say
from actions.screening.questions import QUESTIONS
from bot.channels.senders import pseudonym
from bot.channels.sms_text import cost, for_sms
from tests.bot.conftest import CHANNEL_SETTINGS, post_status

TOKEN = CHANNEL_SETTINGS["TWILIO_AUTH_TOKEN"]
PATH = "/webhooks/twilio/webhook"
PUBLIC_URL = CHANNEL_SETTINGS["IRIS_PUBLIC_URL"] + PATH
OUR_NUMBER = CHANNEL_SETTINGS["TWILIO_NUMBER"]


def twilio_signature(url: str, form: dict[str, str], token: str = TOKEN) -> str:
    """Twilio's algorithm, written out: the URL, then each parameter name and value sorted by name."""
    signed = url + "".join(name + form[name] for name in sorted(form))
    return base64.b64encode(hmac.new(token.encode(), signed.encode(), hashlib.sha1).digest()).decode()


def twilio_form(sender: str, text: str, to: str = OUR_NUMBER) -> dict[str, str]:
    """The fields Twilio posts for an incoming SMS or WhatsApp message."""
    return {
        "ToCountry": "BE", "ToState": "", "SmsMessageSid": f"SM{uuid.uuid4().hex}", "NumMedia": "0",
        "ToCity": "", "FromZip": "", "SmsSid": f"SM{uuid.uuid4().hex}", "FromState": "",
        "SmsStatus": "received", "FromCity": "", "Body": text, "FromCountry": "BE", "To": to,
        "ToZip": "", "NumSegments": "1", "MessageSid": f"SM{uuid.uuid4().hex}",
        "AccountSid": CHANNEL_SETTINGS["TWILIO_ACCOUNT_SID"], "From": sender, "ApiVersion": "2010-04-01",
    }


def post_form(url: str, form: dict[str, str], headers: dict[str, str]) -> int:
    return post_status(url, urllib.parse.urlencode(form).encode(),
                       {"Content-Type": "application/x-www-form-urlencoded", **headers})


class Phone:
    """A person texting Iris's Twilio number; `texts` returns what Iris sent back to that turn."""

    def __init__(self, iris, stand_in_api, prefix: str = ""):
        self.webhook = f"http://127.0.0.1:{iris.ports.rasa}{PATH}"
        self.api = stand_in_api
        self.number = f"{prefix}+3247{uuid.uuid4().int % 10**7:07d}"
        self.to = f"{prefix}{OUR_NUMBER}"
        self.received: list[dict] = []

    def send(self, text: str, signature: str | None = "valid", url: str = PUBLIC_URL) -> int:
        form = twilio_form(self.number, text, self.to)
        headers = {}
        if signature == "valid":
            headers["X-Twilio-Signature"] = twilio_signature(url, form)
        elif signature is not None:
            headers["X-Twilio-Signature"] = signature
        return post_form(self.webhook, form, headers)

    def texts(self, text: str) -> list[str]:
        before = len(self.api.to(self.number))
        assert self.send(text) == 204
        new = self.api.to(self.number)[before:]
        self.received.extend(new)
        assert all(m["from"] == self.to for m in new)
        return [m["text"] for m in new]


@pytest.fixture
def phone(iris, stand_in_api) -> Phone:
    return Phone(iris, stand_in_api)


def stored_events(iris, sender_id: str) -> int:
    with sqlite3.connect(iris.tracker_db) as db:
        return db.execute("SELECT COUNT(*) FROM events WHERE sender_id = ?", (sender_id,)).fetchone()[0]


def test_a_signed_sms_is_answered_by_sms_through_twilios_api(phone):
    answer = "\n".join(phone.texts("Bonjour"))
    assert for_sms(say("fr", "Hello, I am Iris.")) in answer
    assert asked(answer) is not None


@pytest.mark.parametrize("signature, url", [
    (None, PUBLIC_URL),
    ("bm90IGEgc2lnbmF0dXJl", PUBLIC_URL),
    # Signed for the URL Rasa sees rather than the public one Twilio calls.
    ("valid", "http://127.0.0.1" + PATH),
])
def test_a_request_not_signed_by_twilio_for_the_public_url_is_refused_and_answered_with_nothing(
    phone, stand_in_api, signature, url
):
    assert phone.send("Bonjour", signature=signature, url=url) == 403
    assert stand_in_api.to(phone.number) == []


def test_a_signature_made_with_another_token_is_refused(phone, stand_in_api):
    form = twilio_form(phone.number, "Bonjour")
    headers = {"X-Twilio-Signature": twilio_signature(PUBLIC_URL, form, token="another-token")}
    assert post_form(phone.webhook, form, headers) == 403
    assert stand_in_api.to(phone.number) == []


def test_options_come_numbered_and_a_number_in_reply_chooses_that_option(phone):
    answer = "\n".join(phone.texts("Bonjour"))
    question = asked(answer)
    options = dict(re.findall(r"(?m)(?:^|  )(\d) ([^\n]+?)(?=  \d |$)", answer))
    assert options, answer
    dont_know = next(n for n, title in options.items() if title == for_sms(say("fr", "I don't know")))
    following = "\n".join(phone.texts(dont_know))
    assert for_sms(QUESTIONS[question].text("fr")) not in following


def test_stop_deletes_the_conversation_and_sends_one_line_of_goodbye(iris, phone):
    phone.texts("Bonjour")
    sender_id = pseudonym("sms", phone.number, CHANNEL_SETTINGS["IRIS_PSEUDONYM_KEY"])
    assert stored_events(iris, sender_id) > 0
    assert phone.texts("STOP") == [for_sms(say("fr", "Stopped. Your answers are deleted. You will get no more messages."))]
    assert stored_events(iris, sender_id) == 0


@pytest.mark.parametrize("word, language", [("arrêt", "fr"), ("Stoppen", "nl")])
def test_the_french_and_dutch_stop_words_say_goodbye_in_their_language(iris, phone, word, language):
    phone.texts("Hallo")
    goodbye = phone.texts(word)
    assert goodbye == [for_sms(say(language, "Stopped. Your answers are deleted. You will get no more messages."))]
    assert stored_events(iris, pseudonym("sms", phone.number, CHANNEL_SETTINGS["IRIS_PSEUDONYM_KEY"])) == 0


def test_no_phone_number_is_stored_in_the_tracker_store(iris, phone):
    phone.texts("Bonjour")
    with sqlite3.connect(iris.tracker_db) as db:
        assert db.execute("SELECT COUNT(*) FROM events WHERE sender_id LIKE ? OR data LIKE ?",
                          (f"%{phone.number}%", f"%{phone.number}%")).fetchone()[0] == 0


def test_whatsapp_uses_the_same_webhook_with_whole_messages_in_their_own_words(iris, stand_in_api):
    whatsapp = Phone(iris, stand_in_api, prefix="whatsapp:")
    answer = whatsapp.texts("Bonjour")
    assert len(answer) == 1 and len(answer[0]) <= 1600
    assert say("fr", "Hello, I am Iris.") in answer[0]
    assert whatsapp.received[0]["to"].startswith("whatsapp:+32")


# A person who answers by numbers where the options are numbered, in words elsewhere.
BY_NUMBER = {
    "living_with": "Alone", "income_sources": "Unemployment", "benefits": "None",
    "residence_status": "Belgian", "health_insurance": "Yes", "housing": "I rent from a private landlord",
    "owns_property": "No", "disability": "No", "heating_oil": "No", "energy_debt": "Yes",
}
IN_WORDS = {
    "commune": "j'habite à Schaerbeek", "age": "34", "children": "2", "children_ages": "4 et 9",
    "monthly_income": "dans les 900 euros", "social_housing_candidate": "non", "student": "non",
}


def asked(text: str) -> str | None:
    """The field whose question ends the bot's text (a turn may thank for the last answer first)."""
    found = [(text.rfind(for_sms(q.text("fr"))), f) for f, q in QUESTIONS.items()]
    position, field = max(found)
    return field if position >= 0 else None


def reply_to(field: str, text: str) -> str:
    if field in IN_WORDS:
        return IN_WORDS[field]
    title = for_sms(say("fr", BY_NUMBER[field]))
    options = dict((t, n) for n, t in re.findall(r"(?m)(?:^|  )(\d) ([^\n]+?)(?=  \d |$)", text))
    assert title in options, f"no numbered option {title!r} in {text!r}"
    return options[title]


def test_a_whole_screening_over_sms_ends_with_the_rights_in_gsm7_within_320_characters(iris, phone):
    text = "\n".join(phone.texts("Bonjour"))
    fields = []
    done = for_sms(say("fr", "What do you want to do now?"))
    for _ in range(25):
        if done in text:
            break
        field = asked(text)
        assert field, text
        fields.append(field)
        text = "\n".join(phone.texts(reply_to(field, text)))
    else:
        pytest.fail(f"no result over SMS; asked {fields}")
    assert "2" in IN_WORDS["children"] and "children" in fields
    assert for_sms(say("fr", "Increased reimbursement (BIM)")) in text  # the plan of visits names it
    bodies = [m["text"] for m in phone.received]
    assert all(len(body) <= 320 for body in bodies)
    assert all(cost(body).encoding == "gsm7" for body in bodies), [b for b in bodies if cost(b).encoding != "gsm7"]
    segments = [cost(body).segments for body in bodies]
    print(f"\nSMS screening: {len(fields)} questions, {len(bodies)} SMS, {sum(segments)} segments "
          f"(per SMS: {segments})")
    # The consent question ends the turn, and only its options are numbered: "1" is its yes.
    consent = dict((t, n) for n, t in re.findall(r"(?m)(?:^|  )(\d) ([^\n]+?)(?=  \d |$)", text))
    assert consent[for_sms(say("fr", "Yes"))] == "1" and for_sms(say("fr", "Start again")) not in consent
    # The result's option "delete my data", written out as it is listed.
    delete = for_sms(say("fr", "Delete my data"))
    assert delete in text
    phone.texts(delete)
    assert stored_events(iris, pseudonym("sms", phone.number, CHANNEL_SETTINGS["IRIS_PSEUDONYM_KEY"])) == 0
