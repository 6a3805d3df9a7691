"""A message too long, or too many messages at once, get one plain sentence in the person's
language, on the web and by SMS, instead of an error or silence."""

from __future__ import annotations

from actions.i18n import say
from tests.bot.conftest import Person
from tests.bot.test_sms_channel import Phone

TOO_LONG = "Your message is too long. Please write it in a few shorter messages."
TOO_MANY = "Too many messages at once. Wait a minute, then write again."


def test_a_message_over_two_thousand_characters_gets_a_plain_reply_on_the_web(iris):
    person = Person(f"http://127.0.0.1:{iris.ports.rasa}")
    person.says("Hallo")
    messages = person.says("ik woon alleen " * 150)
    assert [m["text"] for m in messages] == [say("nl", TOO_LONG)]
    assert messages[0]["custom"] == {"language": "nl", "error": "too_long"}


def test_a_message_over_two_thousand_characters_gets_a_plain_reply_by_sms(iris, stand_in_api):
    phone = Phone(iris, stand_in_api)
    assert phone.texts("je vis seule " * 200) == [say("fr", TOO_LONG)]


def test_the_thirty_first_message_within_a_minute_gets_a_plain_reply(iris):
    person = Person(f"http://127.0.0.1:{iris.ports.rasa}")
    for _ in range(30):
        assert person.says("Bonjour")[-1]["custom"].get("error") is None
    messages = person.says("Bonjour")
    assert [m["text"] for m in messages] == [say("fr", TOO_MANY)]
