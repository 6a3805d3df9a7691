"""Why: why the pending question is asked, why a named right has its status ("why not X?"), or,
after the result, why each right of the result was found."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.audience import for_volunteer
from actions.eligibility.engine import assess
from actions.i18n import say, say_for
from actions.screening.conditions import CLAIMABLE
from actions.screening.explanations import explanation
from actions.screening.flow import profile_from_slots
from actions.screening.questions import QUESTIONS
from actions.screening.turn import slots_of


def why_not(dispatcher: CollectingDispatcher, tracker: Tracker, language: str, right_id: str | None) -> list[dict]:
    if right_id is None:
        lines = [say(language, "Which aid do you mean?"),
                 say(language, "Write its name. For example: why not the family allowances.")]
    else:
        rights = assess(profile_from_slots(slots_of(tracker)))["rights"]
        lines = explanation(next(r for r in rights if r["id"] == right_id), language)
    dispatcher.utter_message(text="\n".join(lines), json_message={"language": language, "why_not": right_id})
    return []


def why(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> list[dict]:
    question = QUESTIONS.get(tracker.get_slot("asking") or "")
    profile = profile_from_slots(slots_of(tracker))
    volunteer = for_volunteer(tracker)
    if question is not None and volunteer:
        lines = [say_for(language, "volunteer", "I only ask what can change the person's rights.")]
        if question.why is not None:
            lines.append(question.why(language, volunteer))
        else:
            lines.append(say_for(language, "volunteer", "The person may answer: I don't know."))
    elif question is not None:
        lines = [say(language, "I only ask what can change your rights.")]
        if question.why is not None:
            lines.append(question.why(language, volunteer))
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
    return []
