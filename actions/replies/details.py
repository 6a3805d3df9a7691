"""After the result, "détails" / "details" (or its button, or its number by SMS): what each right
of the plan of visits is, its amount and where to ask."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.audience import wants_brief
from actions.screening import messages
from actions.screening.conditions import conditional_rights
from actions.screening.flow import next_step, profile_from_slots
from actions.screening.turn import slots_of


def reply(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> list[dict]:
    slots = slots_of(tracker)
    step = next_step(slots)
    # The same plan as the result's: rights told under a condition ("if ...") are no visit.
    conditional = conditional_rights(profile_from_slots(slots), step.conditions, step.assessment)
    told = {r["id"] for _, rights in conditional for r in rights}
    for message in messages.details(step.assessment, language, brief=wants_brief(tracker), told=told):
        dispatcher.utter_message(text=message["text"], json_message={**message.get("custom", {}), "language": language})
    return []
