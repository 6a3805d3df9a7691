"""After the result, "détails" / "details" (or its button, or its number by SMS): what each right
of the plan of visits is, its amount and where to ask."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.audience import wants_brief
from actions.screening import messages
from actions.screening.flow import next_step
from actions.screening.turn import slots_of


def reply(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> list[dict]:
    assessment = next_step(slots_of(tracker)).assessment
    for message in messages.details(assessment, language, brief=wants_brief(tracker)):
        dispatcher.utter_message(text=message["text"], json_message={**message.get("custom", {}), "language": language})
    return []
