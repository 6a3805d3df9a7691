"""The follow-up through the running bot (action server, Rasa server with its SMS channel) and a
stand-in for Twilio's API: a screening by SMS ends with the offer, a yes keeps the number sealed
(neither the follow-up's database nor the tracker store holds it in clear), the service sends the
day-14 SMS (its clock moved 14 days on), the person answers by number and in words through the
webhook, a refusal gets the appeal guidance, and the number goes after the last answer, or at STOP."""

from __future__ import annotations

import datetime
import re
import sqlite3
from typing import Callable

import pytest
from cryptography.fernet import Fernet

from actions.followup.store import Store
from actions.i18n import say
from bot.channels.senders import pseudonym
from bot.channels.sms_text import for_sms
from bot.followup.service import BRUSSELS, run_once
from bot.services import Iris, Ports, free_port
from tests.bot.conftest import CHANNEL_SETTINGS
from tests.bot.test_sms_channel import Phone, asked, reply_to

KEY = Fernet.generate_key().decode()


@pytest.fixture(scope="module")
def followed_iris(tmp_path_factory, stand_in_api):
    workdir = tmp_path_factory.mktemp("iris-followup")
    running = Iris(Ports(rasa=free_port(), actions=free_port(), web=free_port()),
                   tracker_db=workdir / "tracker.db", logs=workdir / "logs")
    settings = {**CHANNEL_SETTINGS, "TWILIO_API_BASE": stand_in_api.url, "TELEGRAM_API_BASE": stand_in_api.url,
                "IRIS_FOLLOWUP_KEY": KEY}
    with pytest.MonkeyPatch.context() as environment:
        for name, value in settings.items():
            environment.setenv(name, value)
        environment.delenv("IRIS_FOLLOWUP_DB", raising=False)
        running = Iris(running.ports, tracker_db=workdir / "tracker.db", logs=workdir / "logs")
        running.start()
    yield running, settings
    running.stop()


def numbered(text: str) -> dict[str, str]:
    return dict((t, n) for n, t in re.findall(r"(?m)(?:^|  )(\d) ([^\n]+?)(?=  \d |$)", text))


def answered_until(phone: Phone, text: str, done: str, answer: Callable[[str], str], most: int) -> str:
    """Answers each message with `answer(text)` until `done` is read, at most `most` times; the
    last messages."""
    for _ in range(most):
        if done in text:
            return text
        text = "\n".join(phone.texts(answer(text)))
    pytest.fail(f"{done!r} never came; the last messages: {text!r}")


def screened_by_sms(phone: Phone) -> str:
    return answered_until(phone, "\n".join(phone.texts("Bonjour")), for_sms(say("fr", "What do you want to do now?")),
                          lambda text: reply_to(asked(text), text), most=25)


def followed_up_by_sms(iris, stand_in_api) -> tuple[Phone, Store]:
    """A phone whose SMS screening ended with a yes to the follow-up, and the follow-up's store
    (make run's, beside the tracker store) holding its one row."""
    phone = Phone(iris, stand_in_api)
    text = screened_by_sms(phone)
    text = "\n".join(phone.texts(numbered(text)[for_sms(say("fr", "No"))]))     # no anonymous summary
    assert for_sms("Voulez-vous que je vous écrive dans 14 jours pour savoir si ça a marché ?") in text
    text = "\n".join(phone.texts(numbered(text)[for_sms(say("fr", "Yes"))]))
    assert for_sms("C'est noté. Je vous écrirai dans 14 jours.") in text
    store = Store(f"sqlite:///{iris.tracker_db.parent / 'followup.db'}")
    assert store.count() == 1
    return phone, store


def two_weeks_pass(iris, phone: Phone) -> None:
    """The screening's conversation is gone long before day 14: deleted an hour after its last
    message (IRIS_RETENTION_MINUTES), as the Rasa server's timer does."""
    sender = pseudonym("sms", phone.number, CHANNEL_SETTINGS["IRIS_PSEUDONYM_KEY"])
    with sqlite3.connect(iris.tracker_db) as db:
        db.execute("DELETE FROM events WHERE sender_id = ?", (sender,))


def day(days: int, hour: int = 12):
    moment = datetime.datetime.now(BRUSSELS).replace(hour=hour, minute=0) + datetime.timedelta(days=days)
    return lambda: moment


def test_an_sms_screening_is_followed_up_on_day_14_and_the_number_goes_after_the_answers(followed_iris, stand_in_api):
    iris, settings = followed_iris
    phone, store = followed_up_by_sms(iris, stand_in_api)
    for database in iris.tracker_db.parent.glob("*.db*"):
        raw = database.read_bytes()
        assert phone.number.encode() not in raw and phone.number.lstrip("+").encode() not in raw, database.name

    two_weeks_pass(iris, phone)
    assert run_once(store, KEY, clock=day(13), environ=settings).sent == 0
    assert run_once(store, KEY, clock=day(14), environ=settings).sent == 1
    [message] = [m for m in stand_in_api.to(phone.number) if "Il y a 14 jours" in m["text"]]
    assert numbered(message["text"])["Recu"] == "1"

    text = "\n".join(phone.texts("3"))                       # refused
    assert for_sms("Vous pouvez contester le refus") in text
    why_not = for_sms("pourquoi n'avez-vous pas fait la demande ?")
    answered_until(phone, text, for_sms("Merci pour vos réponses. Je ne vous écrirai plus."),   # the others, in words
                   lambda text: "pas eu le temps" if why_not in text else "pas demandé", most=40)
    assert store.count() == 0


def test_stop_by_sms_deletes_the_follow_up(followed_iris, stand_in_api):
    phone, store = followed_up_by_sms(followed_iris[0], stand_in_api)
    assert phone.texts("STOP") == [for_sms(say("fr", "Stopped. Your answers are deleted. You will get no more messages."))]
    assert store.count() == 0
