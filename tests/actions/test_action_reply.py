"""The one action that reads every message: a first message starts the screening, whatever it
says, and keeps every fact it gives; a greeting gets the welcome; a reply not understood gets
the question again with examples."""

from rasa_sdk.executor import CollectingDispatcher

from actions.action_reply import ActionReply
from actions.i18n import say
from tests.actions.conftest import language_entity, make_tracker


def reply(text, slots=None, intent="inform", entities=None):
    dispatcher = CollectingDispatcher()
    events = ActionReply().run(dispatcher, make_tracker(text, slots=slots or {}, intent=intent, entities=entities), {})
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}, dispatcher.messages


def asked(messages):
    return [m["custom"]["ask"] for m in messages if "ask" in (m.get("custom") or {})]


def test_a_french_greeting_gets_the_welcome_and_the_first_question_in_the_same_turn():
    slots, messages = reply("Bonjour", intent="greet", entities=[language_entity("detected_language", "fr")])
    assert messages[0]["text"].startswith("Bonjour, je suis Iris.")
    assert slots["language"] == "fr"
    assert len(asked(messages)) == 1 and slots["asking"] == asked(messages)[0]


def test_a_dutch_greeting_is_answered_in_dutch():
    slots, messages = reply("Hallo", intent="greet", entities=[language_entity("detected_language", "nl")])
    assert messages[0]["text"].startswith("Hallo, ik ben Iris.")
    assert say("nl", "It is free. I do not ask your name.") in messages[0]["text"]
    assert slots["language"] == "nl"


def test_a_first_message_without_a_language_clue_is_answered_in_french():
    slots, messages = reply("hey", intent="greet")
    assert messages[0]["custom"]["language"] == "fr"


def test_a_greeting_in_dutch_mid_conversation_switches_to_dutch_and_asks_the_pending_question_again():
    slots, messages = reply("hallo", {"language": "fr", "asking": "age", "commune": "evere"}, intent="greet",
                            entities=[language_entity("detected_language", "nl")])
    assert slots["language"] == "nl"
    assert messages[0]["text"].startswith("Hallo, ik ben Iris.")
    assert asked(messages) == ["age"]


def test_a_first_message_that_tells_a_situation_starts_the_screening_and_keeps_its_facts():
    slots, messages = reply("Bonjour, je suis seule avec deux enfants", intent="inform",
                            entities=[language_entity("detected_language", "fr")])
    assert slots["living_with"] == "alone" and slots["children"] == 2
    assert messages[0]["text"].startswith("Bonjour, je suis Iris.")
    assert asked(messages) and asked(messages)[0] not in ("living_with", "children")


def test_a_first_message_with_a_commune_and_no_income_keeps_both():
    slots, messages = reply("Ik woon in Jette en ik heb geen inkomen", intent="inform",
                            entities=[language_entity("detected_language", "nl"), {"entity": "commune", "value": "jette"}])
    assert slots["commune"] == "jette" and slots["monthly_income"] == 0 and slots["income_sources"] == ["none"]
    assert slots["language"] == "nl"
    assert asked(messages)[0] not in ("commune", "monthly_income", "income_sources")


def test_a_first_message_that_names_a_right_says_what_it_depends_on_and_starts_asking():
    slots, messages = reply("est-ce que j'ai droit à la GRAPA ?", intent="why_not")
    text = "\n".join(m.get("text") or "" for m in messages)
    assert "dépend" in text
    assert asked(messages), "the screening starts"


def test_a_first_message_not_understood_still_starts_the_screening():
    slots, messages = reply("azerty", intent="nlu_fallback")
    assert asked(messages)


def test_no_sentence_asks_the_person_to_type_a_given_word_to_begin():
    import pathlib

    for language in ("fr", "nl"):
        catalog = pathlib.Path(f"locales/{language}/LC_MESSAGES/messages.po").read_text(encoding="utf-8").lower()
        assert "write hello" not in catalog and "write for example: hello" not in catalog


def test_a_reply_not_understood_gets_the_question_again_with_examples_in_the_conversation_language():
    slots, messages = reply("azerty", {"language": "nl", "asking": "age", "commune": "evere"}, intent="nlu_fallback")
    assert messages[-1]["text"].startswith("Sorry, ik heb uw antwoord niet begrepen.")
    assert "ijvoorbeeld" in messages[-1]["text"]
    assert slots["misses"] == 1


def test_after_the_result_a_message_not_understood_says_what_the_person_can_write():
    slots, messages = reply("azerty", {"language": "fr", "commune": "evere", "age": 40}, intent="nlu_fallback")
    assert messages[-1]["text"].startswith("Pardon, je n'ai pas compris.")
    assert "asking" not in slots


def test_after_the_result_a_new_fact_corrects_the_profile():
    slots, messages = reply("non, j'ai 45 ans", {"language": "fr", "commune": "evere", "age": 40},
                            entities=[{"entity": "number", "value": 45, "unit": "year"}])
    assert slots["age"] == 45


def test_no_action_calls_another_action():
    import pathlib
    import re

    for path in pathlib.Path("actions").glob("action_*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"from actions\.action_\w+ import", source), path
        assert not re.search(r"Action\w+\(\)\.(run|respond)", source), path


def test_a_question_about_a_word_is_answered_as_help_and_stores_nothing():
    slots, messages = reply("c'est quoi le BIM ?", {"language": "fr", "asking": "benefits", "commune": "evere"})
    assert "benefits" not in slots
    assert messages[-1]["custom"]["ask"] == "benefits"
