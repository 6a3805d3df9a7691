"""The people of the load benchmark: what they say next, and which answers count as errors."""

from __future__ import annotations

import json
import random

import pytest

from bot.benchmarks.households import DONT_KNOW, GREETING, HOUSEHOLDS
from bot.benchmarks.load_people import MAX_TURNS, Screening, StarterChat, WrongAnswer
from bot.benchmarks.starter_bot import STARTER_TURNS

_, LANGUAGE, REPLIES = HOUSEHOLDS[0]


def answer(*customs: dict) -> str:
    return json.dumps([{"recipient_id": "x", "text": "…", "custom": custom} for custom in customs])


def test_a_screening_starts_with_the_greeting_of_its_household_language():
    person = Screening.anyone(random.Random(3))
    assert person.message == GREETING[person.language]
    assert person.sender.startswith("load-")


def test_two_people_never_share_a_sender_id():
    rng = random.Random(3)
    assert Screening.anyone(rng).sender != Screening.anyone(rng).sender


def test_a_question_is_answered_with_the_households_own_words():
    person = Screening(LANGUAGE, REPLIES)
    person.read(200, answer({"language": LANGUAGE}, {"ask": "commune"}))
    assert person.message == REPLIES["commune"] and not person.done


def test_a_question_the_household_has_no_words_for_is_answered_i_dont_know():
    person = Screening(LANGUAGE, REPLIES)
    person.read(200, answer({"ask": "a_field_no_household_knows"}))
    assert person.message == DONT_KNOW[LANGUAGE]


def test_a_result_in_any_message_of_the_turn_ends_the_screening():
    person = Screening(LANGUAGE, REPLIES)
    person.read(200, answer({"plan": "summary", "result": {"visits": []}}, {"visit": 1}))
    assert person.done


@pytest.mark.parametrize("status, body, kind", [
    (0, None, "no HTTP answer"),
    (500, "", "HTTP 500"),
    (200, "<html>", "not JSON"),
    (200, json.dumps({"text": "a"}), "not a list of messages"),
    (200, "[]", "no reply"),
    (200, answer({"language": "fr", "error": "action_timeout"}), "error reply: action_timeout"),
    (200, answer({"language": "fr", "error": "too_many"}), "error reply: too_many"),
    (200, answer({"language": "fr"}), "neither a question nor a result"),
])
def test_an_answer_that_is_no_step_of_a_screening_is_an_error_named_by_its_kind(status, body, kind):
    with pytest.raises(WrongAnswer, match=f"^{kind}$"):
        Screening(LANGUAGE, REPLIES).read(status, body)


def test_a_screening_that_keeps_asking_is_an_error_after_the_last_allowed_turn():
    person = Screening(LANGUAGE, REPLIES)
    for _ in range(MAX_TURNS - 1):
        person.read(200, answer({"ask": "age"}))
    with pytest.raises(WrongAnswer, match="no result after"):
        person.read(200, answer({"ask": "age"}))


def test_a_starter_chat_follows_the_starters_stories_and_ends_after_them():
    person = StarterChat()
    said = []
    while not person.done:
        said.append(person.message)
        person.read(200, json.dumps([{"recipient_id": "x", "text": "Hey!"}]))
    assert said == list(STARTER_TURNS)


def test_the_starters_silence_is_a_proper_answer_but_a_server_error_is_not():
    person = StarterChat()
    person.read(200, "[]")
    assert person.message == STARTER_TURNS[1]
    with pytest.raises(WrongAnswer, match="HTTP 502"):
        person.read(502, "")


def test_after_an_apology_the_person_sends_the_same_message_again():
    person = Screening(LANGUAGE, REPLIES)
    person.read(200, answer({"ask": "commune"}))
    with pytest.raises(WrongAnswer) as wrong:
        person.read(200, answer({"language": LANGUAGE, "error": "no_answer"}))
    assert not wrong.value.lost and person.message == REPLIES["commune"]


@pytest.mark.parametrize("body", [answer({"language": "fr"}), answer({"language": "fr", "error": "no_answer"})])
def test_a_conversation_that_lost_its_way_or_hit_the_last_turn_is_started_again(body):
    person = Screening(LANGUAGE, REPLIES, turns=MAX_TURNS - 1 if "error" in body else 0)
    with pytest.raises(WrongAnswer) as wrong:
        person.read(200, body)
    assert wrong.value.lost


def test_a_result_on_the_last_allowed_turn_still_ends_the_screening():
    person = Screening(LANGUAGE, REPLIES, turns=MAX_TURNS - 1)
    person.read(200, answer({"result": {"visits": []}}))
    assert person.done
