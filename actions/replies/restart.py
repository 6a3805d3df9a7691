"""Starting again: every answer is forgotten, only the language is kept."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import AllSlotsReset, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say
from actions.screening.turn import ask_or_conclude


def reply(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> list[dict]:
    dispatcher.utter_message(text=say(language, "All right, we start again."), json_message={"language": language})
    return [AllSlotsReset(), SlotSet("language", language)] + ask_or_conclude(dispatcher, {}, language, tracker)
