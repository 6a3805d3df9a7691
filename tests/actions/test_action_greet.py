from actions.action_greet import ActionGreet
from actions.i18n import say

from tests.actions.conftest import language_entity, make_tracker


def run_greeting(dispatcher, tracker):
    events = ActionGreet().run(dispatcher, tracker, domain={})
    assert len(dispatcher.messages) == 1
    return dispatcher.messages[0], events


def test_a_french_greeting_is_answered_in_french_and_sets_the_language(dispatcher):
    tracker = make_tracker("Bonjour", entities=[language_entity("detected_language", "fr")])
    message, events = run_greeting(dispatcher, tracker)
    assert message["text"].startswith("Bonjour, je suis Iris.")
    assert message["custom"] == {"language": "fr"}
    assert events == [{"event": "slot", "timestamp": None, "name": "language", "value": "fr"}]


def test_a_dutch_greeting_is_answered_in_dutch_and_sets_the_language(dispatcher):
    tracker = make_tracker("Hallo", entities=[language_entity("detected_language", "nl")])
    message, events = run_greeting(dispatcher, tracker)
    assert message["text"].startswith("Hallo, ik ben Iris.")
    assert say("nl", "It is free. I do not ask your name.") in message["text"]
    assert message["custom"] == {"language": "nl"}
    assert events[0]["value"] == "nl"


def test_a_greeting_in_dutch_mid_conversation_switches_to_dutch(dispatcher):
    tracker = make_tracker("hallo", slots={"language": "fr"},
                           entities=[language_entity("detected_language", "nl")])
    message, events = run_greeting(dispatcher, tracker)
    assert message["custom"]["language"] == "nl"
    assert events[0]["value"] == "nl"


def test_a_greeting_without_a_language_clue_keeps_the_conversation_language(dispatcher):
    tracker = make_tracker("hello", slots={"language": "nl"})
    message, _ = run_greeting(dispatcher, tracker)
    assert message["custom"]["language"] == "nl"


def test_a_first_greeting_without_a_language_clue_is_answered_in_french(dispatcher):
    message, _ = run_greeting(dispatcher, make_tracker("hey"))
    assert message["custom"]["language"] == "fr"
