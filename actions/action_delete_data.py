from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import AllSlotsReset
from rasa_sdk.executor import CollectingDispatcher

from actions.deletion import DELETED
from actions.i18n import say
from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.screening.pending import answer_first


class ActionDeleteData(PlainLanguageAction):
    """Forgets the person's answers at once and has the conversation deleted from storage."""

    def name(self) -> Text:
        return "action_delete_data"

    @answer_first
    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        language = conversation_language(tracker)
        lines = [
            say(language, "Your answers are deleted. Nothing of this conversation is kept."),
            say(language, "Write hello to start a new check."),
        ]
        dispatcher.utter_message(text="\n".join(lines), json_message={DELETED: True, "language": language})
        return [AllSlotsReset()]
