"""One turn of the screening, shared by the actions: store an answer, then ask or show the result."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.audience import for_volunteer, wants_brief
from actions.eligibility.profile import FIELDS
from actions.observatory import conversation as observatory
from actions.screening import messages
from actions.screening.conditions import conditional_rights
from actions.screening.flow import next_step, profile_from_slots


def slots_of(tracker: Tracker) -> dict[str, Any]:
    return {name: tracker.get_slot(name) for name in (*FIELDS, "unknown_fields", "questions_asked", "claims")}


def store(slots: dict[str, Any], field: str, value: Any) -> list[dict]:
    """Events that record an answer (None: answered "unknown"), and the same change in `slots`."""
    unknown = [f for f in (slots.get("unknown_fields") or []) if f != field]
    if value is None:
        unknown.append(field)
    slots.update({field: value, "unknown_fields": unknown})
    events = [SlotSet(field, value), SlotSet("unknown_fields", unknown)]
    if field == "children" and value == 0:
        # No child: nothing to ask about their ages.
        slots["children_ages"] = []
        events.append(SlotSet("children_ages", []))
    return events


def ask_or_conclude(dispatcher: CollectingDispatcher, slots: dict[str, Any], language: str,
                    tracker: Tracker | None = None) -> list[dict]:
    """Asks the engine's most useful question, or sends the result when nothing is left to ask;
    `tracker` tells who reads (a volunteer) and where (a brief result for SMS)."""
    volunteer = tracker is not None and for_volunteer(tracker)
    brief = tracker is not None and wants_brief(tracker)
    step = next_step(slots)
    if step.field is not None:
        dispatcher.utter_message(**messages.question(step.field, language, volunteer=volunteer,
                                                     profile=profile_from_slots(slots)))
        # Asking the pending question again (after a correction) is not one more question.
        again = tracker is not None and tracker.get_slot("asking") == step.field
        asked = int(slots.get("questions_asked") or 0) + (0 if again else 1)
        slots["questions_asked"] = asked
        return [SlotSet("asking", step.field), SlotSet("misses", 0), SlotSet("questions_asked", asked)]
    return (send_result(dispatcher, slots, step, language, brief) + [SlotSet("asking", None), SlotSet("misses", 0)]
            + observatory.after_result(dispatcher, tracker, language))


def send_result(dispatcher: CollectingDispatcher, slots: dict[str, Any], step, language: str,
                brief: bool) -> list[dict]:
    """Sends the result (the plan of visits first); the last message carries the contract's
    payload and the buttons of what to do next. Whatever comes after the result (a question of
    another feature) is sent after this returns."""
    profile = profile_from_slots(slots)
    conditional = conditional_rights(profile, step.conditions, step.assessment)
    claims = slots.get("claims") or {}
    result = messages.result(step.assessment, language, conditional, brief, claims)
    payload = messages.result_payload(step.assessment, profile, conditional, language, claims)
    for message in result[:-1]:
        dispatcher.utter_message(text=message["text"], json_message={**message.get("custom", {}), "language": language})
    dispatcher.utter_message(text=result[-1]["text"], buttons=result[-1]["buttons"],
                             json_message={**payload, "language": language})
    return []


def repeat_pending_question(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> None:
    """After a side remark (thanks, help, why), the pending question comes back, so the person
    always knows what to answer."""
    field = tracker.get_slot("asking")
    if field:
        dispatcher.utter_message(**messages.question(field, language, volunteer=for_volunteer(tracker),
                                                     profile=profile_from_slots(slots_of(tracker))))
    else:
        observatory.repeat(dispatcher, tracker, language, slots_of(tracker))  # after the result, its consent question
