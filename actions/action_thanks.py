from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say
from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.screening.pending import answer_first
from actions.screening.turn import repeat_pending_question


class ActionThanks(PlainLanguageAction):
    """Answers a thank-you, then repeats the pending question if there is one."""

    def name(self) -> Text:
        return "action_thanks"

    @answer_first
    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        language = conversation_language(tracker)
        dispatcher.utter_message(text=say(language, "You're welcome."), json_message={"language": language})
        repeat_pending_question(dispatcher, tracker, language)
        return []
