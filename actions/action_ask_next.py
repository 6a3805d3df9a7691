from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.screening.turn import ask_or_conclude, slots_of


class ActionAskNext(PlainLanguageAction):
    """Asks the question that settles the most rights, or gives the result when none is left."""

    def name(self) -> Text:
        return "action_ask_next"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        return ask_or_conclude(dispatcher, slots_of(tracker), conversation_language(tracker), tracker)
