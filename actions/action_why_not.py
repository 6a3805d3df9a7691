from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.eligibility.engine import assess
from actions.i18n import say
from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.screening.flow import profile_from_slots
from actions.screening.reasons import reason_lines
from actions.screening.right_mentions import mentioned_right
from actions.screening.turn import repeat_pending_question, slots_of
from actions.screening.vocabulary import N_, RIGHT_NAMES, TOPICS, words

VERDICTS = {
    "not_eligible": N_("{right}: with your answers, this right does not seem possible."),
    "eligible": N_("{right}: you can claim it. It is in your result."),
    "possibly_eligible": N_("{right}: it may be possible. Ask the office."),
    "automatic": N_("{right}: it should come by itself. Check that you get it."),
    "already_receiving": N_("{right}: you said you already get it."),
    "unknown": N_("{right}: I cannot say yet."),
}


class ActionWhyNot(PlainLanguageAction):
    """Answers "why not X?" from the engine's reasons for the right the person names."""

    def name(self) -> Text:
        return "action_why_not"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        language = conversation_language(tracker)
        right_id = mentioned_right((tracker.latest_message or {}).get("text") or "")
        if right_id is None:
            lines = [say(language, "Which aid do you mean?"),
                     say(language, "Write its name. For example: why not the family allowances.")]
        else:
            right = next(r for r in assess(profile_from_slots(slots_of(tracker)))["rights"]
                         if r["id"] == right_id)
            lines = [say(language, VERDICTS[right["status"]], right=words(RIGHT_NAMES, right_id, language))]
            lines.extend(reason_lines(right, language))
            topics = [words(TOPICS, f, language) for f in right.get("depends_on") or () if f in TOPICS]
            if right["status"] == "unknown" and topics:
                lines.append(say(language, "It depends on: {topics}.", topics=", ".join(topics)))
            if right["status"] == "not_eligible":
                lines.append(say(language, "The office can look at your situation again."))
        dispatcher.utter_message(text="\n".join(lines), json_message={"language": language, "why_not": right_id})
        repeat_pending_question(dispatcher, tracker, language)
        return []
