from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say
from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.screening.pending import answer_first
from actions.screening.turn import repeat_pending_question


class ActionHelp(PlainLanguageAction):
    """Explains how the check works and what the person can write, then repeats the question."""

    def name(self) -> Text:
        return "action_help"

    @answer_first
    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        language = conversation_language(tracker)
        lines = [
            say(language, "I ask a few questions, one at a time."),
            say(language, "Then I tell you which aids you may get, and where to ask."),
            say(language, "You can always answer: I don't know."),
            say(language, "You can write: start again, delete, or talk to a person."),
        ]
        dispatcher.utter_message(text="\n".join(lines), json_message={"language": language})
        repeat_pending_question(dispatcher, tracker, language)
        return []
