"""A thank-you gets a short answer."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say


def reply(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> list[dict]:
    dispatcher.utter_message(text=say(language, "You're welcome."), json_message={"language": language})
    return []
