"""Starting again: Rasa sends the intent `restart` to action_restart by itself, so a reply that
the classifier mistook for "start again" must not wipe the answers."""

from rasa_sdk.executor import CollectingDispatcher

from actions.action_restart import ActionRestart
from tests.actions.conftest import make_tracker

SCREENING = {"language": "nl", "commune": "jette", "age": 40, "living_with": "alone", "asking": "income_sources"}


def run(text, slots):
    dispatcher = CollectingDispatcher()
    events = ActionRestart().run(dispatcher, make_tracker(text, slots=dict(slots), intent="restart"), {})
    return events, dispatcher.messages


def test_an_answer_taken_for_start_again_is_stored_and_nothing_is_forgotten():
    events, _ = run("mijn broer helpt mij een beetje", SCREENING)
    assert not [e for e in events if e.get("event") == "reset_slots"]
    stored = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert stored["income_sources"] == ["other"]


def test_asking_to_start_again_forgets_the_answers_and_keeps_the_language():
    events, messages = run("opnieuw beginnen", SCREENING)
    assert [e for e in events if e.get("event") == "reset_slots"]
    assert {"event": "slot", "name": "language", "value": "nl", "timestamp": None} in events
    assert messages


def test_the_start_again_button_always_starts_again():
    events, _ = run("/restart", SCREENING)
    assert [e for e in events if e.get("event") == "reset_slots"]
