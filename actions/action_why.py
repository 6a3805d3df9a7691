from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.audience import for_volunteer
from actions.i18n import say
from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.screening.questions import QUESTIONS
from actions.screening.turn import repeat_pending_question


class ActionWhy(PlainLanguageAction):
    """Says why the pending question is asked (the engine asks only what can change a result)."""

    def name(self) -> Text:
        return "action_why"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        language = conversation_language(tracker)
        question = QUESTIONS.get(tracker.get_slot("asking") or "")
        if question is None:
            lines = [say(language, "The office checks every condition when you ask."),
                     say(language, "It can tell you why a right is possible or not.")]
        else:
            lines = [say(language, "I only ask what can change your rights.")]
            if question.why is not None:
                lines.append(question.why(language, for_volunteer(tracker)))
            else:
                lines.append(say(language, "You may answer: I don't know."))
        dispatcher.utter_message(text="\n".join(lines), json_message={"language": language})
        repeat_pending_question(dispatcher, tracker, language)
        return []
