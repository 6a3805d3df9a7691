from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say
from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.screening.pending import answer_first


class ActionGoodbye(PlainLanguageAction):
    """Says goodbye, and how to come back or delete the answers."""

    def name(self) -> Text:
        return "action_goodbye"

    @answer_first
    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        language = conversation_language(tracker)
        lines = [
            say(language, "Goodbye, and good luck."),
            say(language, "Your answers are deleted one hour after your last message. Write delete to do it now."),
        ]
        dispatcher.utter_message(text="\n".join(lines), json_message={"language": language})
        return []
