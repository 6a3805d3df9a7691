"""A right asked for and refused, or never answered ("on m'a refusé le BIM", "geweigerd"): what
the person can do (actions/screening/appeals.py), and the right recorded as asked, in the slot
`claims` (right id -> refused / waiting), and taken out of `benefits` if it was there: a refused
right is never a received one. The screening then goes on where it was."""

from __future__ import annotations

from typing import Any

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.screening.appeals import guidance


def reply(dispatcher: CollectingDispatcher, slots: dict[str, Any], right: str | None, outcome: str,
          language: str) -> list[dict]:
    """Sends the guidance; returns the events that record the claim (none when no right is named)."""
    dispatcher.utter_message(text="\n".join(guidance(right, outcome, language)),
                             json_message={"language": language, "claim": {"right": right, "outcome": outcome}})
    if right is None:
        return []
    claims = {**(slots.get("claims") or {}), right: outcome}
    slots["claims"] = claims
    events = [SlotSet("claims", claims)]
    benefits = slots.get("benefits")
    if isinstance(benefits, list) and right in benefits:
        slots["benefits"] = [b for b in benefits if b != right]
        events.append(SlotSet("benefits", slots["benefits"]))
    return events
