from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.eligibility.engine import assess
from actions.i18n import say
from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.screening.explanations import explanation
from actions.screening.flow import profile_from_slots
from actions.screening.pending import answer_first
from actions.screening.right_mentions import mentioned_right
from actions.screening.turn import repeat_pending_question, slots_of


class ActionWhyNot(PlainLanguageAction):
    """Answers "why not X?" from the engine's status and reasons for the right the person names."""

    def name(self) -> Text:
        return "action_why_not"

    @answer_first
    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        language = conversation_language(tracker)
        right_id = mentioned_right((tracker.latest_message or {}).get("text") or "")
        if right_id is None:
            lines = [say(language, "Which aid do you mean?"),
                     say(language, "Write its name. For example: why not the family allowances.")]
        else:
            rights = assess(profile_from_slots(slots_of(tracker)))["rights"]
            lines = explanation(next(r for r in rights if r["id"] == right_id), language)
        dispatcher.utter_message(text="\n".join(lines), json_message={"language": language, "why_not": right_id})
        repeat_pending_question(dispatcher, tracker, language)
        return []
