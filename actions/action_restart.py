from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import AllSlotsReset, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say
from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.screening.pending import answer_first
from actions.screening.turn import ask_or_conclude


class ActionRestart(PlainLanguageAction):
    """Starts the check again from the first question; only the language is kept.

    It replaces Rasa's default `action_restart`, which the reserved intent `restart` triggers.
    """

    def name(self) -> Text:
        return "action_restart"

    @answer_first
    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        language = conversation_language(tracker)
        dispatcher.utter_message(text=say(language, "All right, we start again."),
                                 json_message={"language": language})
        return [AllSlotsReset(), SlotSet("language", language)] + ask_or_conclude(
            dispatcher, {}, language, tracker)
