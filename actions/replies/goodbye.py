"""Goodbye, and how the answers are deleted."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say


def reply(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> list[dict]:
    lines = [
        say(language, "Goodbye, and good luck."),
        say(language, "Your answers are deleted one hour after your last message. Write delete to do it now."),
    ]
    dispatcher.utter_message(text="\n".join(lines), json_message={"language": language})
    return []
