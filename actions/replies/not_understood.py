"""A message not understood when no question is pending (after the result): what the person can write."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say


def reply(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> list[dict]:
    lines = [
        say(language, "Sorry, I did not understand."),
        say(language, "You can ask why, or why not an aid. You can also start again."),
    ]
    dispatcher.utter_message(text="\n".join(lines), json_message={"language": language})
    return []
