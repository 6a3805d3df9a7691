from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.screening.turn import ask_or_conclude, slots_of


def asked_this_turn(tracker: Tracker) -> bool:
    """True when a bot message since the person's last message already asks or gives the result:
    a side remark that took the reply as an answer has asked the next question itself."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        custom = (event.get("data") or {}).get("custom") or {}
        if event.get("event") == "bot" and ("ask" in custom or "result" in custom):
            return True
    return False


class ActionAskNext(PlainLanguageAction):
    """Asks the question that settles the most rights, or gives the result when none is left."""

    def name(self) -> Text:
        return "action_ask_next"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        if asked_this_turn(tracker):
            return []  # a turn never asks twice
        return ask_or_conclude(dispatcher, slots_of(tracker), conversation_language(tracker), tracker)
