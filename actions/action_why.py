from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.action_why_not import ActionWhyNot
from actions.audience import for_volunteer
from actions.eligibility.engine import assess
from actions.i18n import say
from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.screening.conditions import CLAIMABLE
from actions.screening.explanations import explanation
from actions.screening.flow import profile_from_slots
from actions.screening.pending import answer_first
from actions.screening.questions import QUESTIONS
from actions.screening.right_mentions import mentioned_right
from actions.screening.turn import repeat_pending_question, slots_of


class ActionWhy(PlainLanguageAction):
    """Says why: why the pending question is asked, why a named right has its status, or, after
    the result, why each right of the result was found."""

    def name(self) -> Text:
        return "action_why"

    @answer_first
    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        if mentioned_right((tracker.latest_message or {}).get("text") or ""):
            return ActionWhyNot().respond(dispatcher, tracker, domain)
        language = conversation_language(tracker)
        question = QUESTIONS.get(tracker.get_slot("asking") or "")
        profile = profile_from_slots(slots_of(tracker))
        if question is not None:
            lines = [say(language, "I only ask what can change your rights.")]
            if question.why is not None:
                lines.append(question.why(language, for_volunteer(tracker)))
            else:
                lines.append(say(language, "You may answer: I don't know."))
        elif profile:
            found = [r for r in assess(profile)["rights"] if r["status"] in CLAIMABLE]
            lines = [line for right in found for line in explanation(right, language)]
            lines.append(say(language, "You can also ask why not, with the name of an aid."))
        else:
            lines = [say(language, "The office checks every condition when you ask."),
                     say(language, "It can tell you why a right is possible or not.")]
        dispatcher.utter_message(text="\n".join(lines), json_message={"language": language})
        repeat_pending_question(dispatcher, tracker, language)
        return []
