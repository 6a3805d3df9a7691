from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say
from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction


class ActionNotUnderstood(PlainLanguageAction):
    """Says plainly that the message was not understood, and what the person can write."""

    def name(self) -> Text:
        return "action_not_understood"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        language = conversation_language(tracker)
        lines = [
            say(language, "Sorry, I did not understand."),
            say(language, "I help you find the social aid you may be entitled to."),
            say(language, "Write for example: hello."),
        ]
        dispatcher.utter_message(text="\n".join(lines), json_message={"language": language})
        return []
