"""Help: how the check works and what the person can write."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say


def reply(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> list[dict]:
    lines = [
        say(language, "I ask a few questions, one at a time."),
        say(language, "Then I tell you which aids you may get, and where to ask."),
        say(language, "You can always answer: I don't know."),
        say(language, "You can write: start again, delete, or talk to a person."),
    ]
    dispatcher.utter_message(text="\n".join(lines), json_message={"language": language})
    return []
