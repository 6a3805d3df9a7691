"""What an action may read from Rasa, checked against the contract before the action reads it.

A person can type what a button sends (`/inform{"commune": "x"}`, `/inform{"number": "lots"}`),
and Rasa passes such entities and the slots they fill on unchecked; the engine then raises on a
commune it does not know. Entities and slots outside the contract are dropped here, in the action
server (bot/action_server.py), so the message reads as if they had not been typed.
"""

from __future__ import annotations

import math
import re
from typing import Any, Callable, Dict, List, Mapping

from actions.eligibility.profile import ALL_FIELDS, ProfileError, encode_value
from actions.i18n import LANGUAGES

ANSWERS = ("yes", "no", "dont_know", "rather_not_say")  # nlu/components/answer_extractor.py


def _number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return math.isfinite(value)
    return isinstance(value, str) and re.fullmatch(r"-?\d{1,9}([.,]\d{1,4})?", value) is not None


def _field(name: str) -> Callable[[Any], bool]:
    def allowed(value: Any) -> bool:
        try:
            encode_value(name, value)
        except ProfileError:
            return False
        return True

    return allowed


ENTITY_CHECKS: Dict[str, Callable[[Any], bool]] = {
    **{name: _field(name) for name in ALL_FIELDS},
    "detected_language": lambda v: v in LANGUAGES,
    "number": _number,
    "answer": lambda v: v in ANSWERS,
    "postal_code": lambda v: re.fullmatch(r"\d{4}", str(v)) is not None,
    "option": lambda v: isinstance(v, (str, int, float)) and not isinstance(v, bool) and len(str(v)) <= 64,
}


def bad_slots(slots: Mapping[str, Any]) -> List[str]:
    """The profile fields whose slot holds a value the contract does not allow."""
    return [f for f in ALL_FIELDS if slots.get(f) is not None and not ENTITY_CHECKS[f](slots[f])]


def checked_entities(entities: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The entities an action may read: known kinds with allowed values only."""
    return [e for e in entities if isinstance(e, dict) and e.get("entity") in ENTITY_CHECKS
            and ENTITY_CHECKS[e["entity"]](e.get("value"))]
