"""Switching language: the answers given so far are kept."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say
from actions.language import requested_language


def target_language(tracker: Tracker, current: str) -> str:
    # "Nederlands" names the target; a bare "other language" request toggles.
    return requested_language(tracker) or ("nl" if current == "fr" else "fr")


def reply(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> list[dict]:
    dispatcher.utter_message(text=say(language, "All right, we continue in this language."),
                             json_message={"language": language})
    return [SlotSet("language", language)]
