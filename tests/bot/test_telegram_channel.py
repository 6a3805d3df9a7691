"""Telegram through the running bot: updates in Telegram's JSON in, with and without the secret
token; the messages Iris sends to Telegram's Bot API (a stand-in) out."""

from __future__ import annotations

import itertools
import json

import pytest

from actions.i18n import say
from actions.screening.questions import QUESTIONS
from tests.bot.conftest import CHANNEL_SETTINGS, post_status

SECRET = CHANNEL_SETTINGS["TELEGRAM_SECRET_TOKEN"]
_ids = itertools.count(700_000_001)


def update(chat_id: int, text: str, chat_type: str = "private", language: str = "fr") -> dict:
    """An update as Telegram posts it for a text message."""
    message_id = next(_ids)
    message = {
        "message_id": message_id,
        "from": {"id": chat_id, "is_bot": False, "first_name": "Test", "language_code": language},
        "chat": {"id": chat_id, "first_name": "Test", "type": chat_type},
        "date": 1796000000,
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"offset": 0, "length": len(text.split()[0]), "type": "bot_command"}]
    return {"update_id": message_id, "message": message}


def post(iris, path: str, body: dict, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    return post_status(f"http://127.0.0.1:{iris.ports.rasa}{path}", json.dumps(body).encode(), headers)


class TelegramUser:
    def __init__(self, iris, stand_in_api, language: str = "fr"):
        self.iris, self.api, self.language = iris, stand_in_api, language
        self.chat_id = next(_ids)

    def sends(self, text: str, secret: str | None = SECRET, chat_type: str = "private") -> int:
        return post(self.iris, "/webhooks/telegram/webhook",
                    update(self.chat_id, text, chat_type, self.language), secret)

    def gets(self, text: str) -> list[dict]:
        before = len(self.api.to(self.chat_id))
        assert self.sends(text) == 200
        return self.api.to(self.chat_id)[before:]


@pytest.fixture
def user(iris, stand_in_api) -> TelegramUser:
    return TelegramUser(iris, stand_in_api)


def keyboard_titles(message: dict) -> list[str]:
    markup = message.get("reply_markup") or {}
    return [row[0]["text"] for row in markup.get("keyboard", [])]


def test_start_greets_and_asks_the_first_question_with_its_options_as_a_reply_keyboard(user):
    messages = user.gets("/start")
    text = "\n".join(m["text"] for m in messages)
    assert say("fr", "Hello, I am Iris.") in text
    assert any(q.text("fr") in messages[-1]["text"] for q in QUESTIONS.values())
    assert messages[-1]["reply_markup"]["one_time_keyboard"] is True
    assert say("fr", "I don't know") in keyboard_titles(messages[-1])
    assert all(m["method"] == "sendMessage" for m in messages)


def test_start_from_a_dutch_telegram_app_greets_in_dutch(iris, stand_in_api):
    messages = TelegramUser(iris, stand_in_api, language="nl").gets("/start")
    assert say("nl", "Hello, I am Iris.") in messages[0]["text"]


def test_a_tap_on_the_keyboard_is_read_as_that_option(user):
    asked = user.gets("/start")[-1]
    field = next(f for f, q in QUESTIONS.items() if q.text("fr") in asked["text"])
    following = user.gets(say("fr", "I don't know"))[-1]["text"]
    assert QUESTIONS[field].text("fr") not in following


@pytest.mark.parametrize("secret", [None, "", "wrong-secret-token"])
def test_an_update_without_the_secret_token_is_refused_and_answered_with_nothing(user, stand_in_api, secret):
    assert user.sends("/start", secret=secret) == 403
    assert stand_in_api.to(user.chat_id) == []


def test_a_group_chat_gets_no_answer(user, stand_in_api):
    assert user.sends("/start", chat_type="group") == 200
    assert stand_in_api.to(user.chat_id) == []


def test_the_set_webhook_route_of_rasa_is_not_open(iris):
    for secret in (None, SECRET):
        assert post(iris, "/webhooks/telegram/set_webhook", {}, secret) in (404, 405)


# A Dutch household on Telegram: keyboard taps where the question has options, words elsewhere.
TAPS_NL = {
    "living_with": "Alone", "income_sources": "Pension", "benefits": "None", "residence_status": "Belgian",
    "health_insurance": "Yes", "housing": "I rent from a private landlord", "owns_property": "No",
    "disability": "No", "heating_oil": "No", "energy_debt": "No", "social_housing_candidate": "No",
    "student": "No",
}
WORDS_NL = {"commune": "Jette", "age": "72", "children": "geen", "children_ages": "geen",
            "monthly_income": "1300 euro"}


def test_a_whole_screening_over_telegram_in_dutch_ends_with_the_rights_and_the_ocmw(iris, stand_in_api):
    user = TelegramUser(iris, stand_in_api, language="nl")
    messages = user.gets("/start")
    done = say("nl", "What do you want to do now?")
    fields = []
    for _ in range(25):
        last = messages[-1]["text"]
        if any(done in m["text"] for m in messages):  # the observatory's consent question follows it
            break
        field = next((f for f, q in QUESTIONS.items() if q.text("nl") in last), None)
        assert field, last
        fields.append(field)
        if field in TAPS_NL:
            tap = say("nl", TAPS_NL[field])
            assert tap in keyboard_titles(messages[-1]), (field, keyboard_titles(messages[-1]))
            messages = user.gets(tap)
        else:
            messages = user.gets(WORDS_NL[field])
    else:
        pytest.fail(f"no result over Telegram; asked {fields}")
    assert len(fields) == len(set(fields)), fields
    text = "\n".join(m["text"] for m in messages)
    assert say("nl", "Income guarantee for older people (GRAPA)") in text
    assert "OCMW Jette" in text or "Jette" in text
    what_now = next(m for m in messages if done in m["text"])
    assert say("nl", "Start again") in keyboard_titles(what_now)
    # The last keyboard is the consent question's: a tap answers it, and a no keeps nothing.
    assert keyboard_titles(messages[-1]) == [say("nl", "Yes"), say("nl", "No"), say("nl", "I'd rather not say")]
    assert say("nl", "All right, I keep nothing.") in [m["text"] for m in user.gets(say("nl", "No"))]
