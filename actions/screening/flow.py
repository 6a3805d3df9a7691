"""The screening's next step: the engine's most useful question, or the result when none is left.

The profile lives in Rasa slots named after the contract's fields. A field answered "I don't know"
or "I'd rather not say" is listed in the slot `unknown_fields` and goes to the engine as null:
it is answered, so it is never asked again, and the engine treats it as unknown, never as "no".
A yes/no question that can change only one right is not asked: the result tells that right as a
condition instead (actions/screening/conditions.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from actions.eligibility.engine import assess
from actions.eligibility.profile import BOOL_FIELDS, FIELDS
from actions.screening.conditions import told_as_condition
from actions.screening.questions import QUESTIONS


@dataclass(frozen=True)
class NextStep:
    field: str | None          # the field to ask, or None when the result is ready
    assessment: dict
    conditions: tuple[str, ...] = ()  # fields left unasked, told as "if ..." in the result


def profile_from_slots(slots: Mapping[str, Any]) -> dict:
    unknown = set(slots.get("unknown_fields") or ())
    profile: dict[str, Any] = {}
    for field in FIELDS:
        if field in unknown:
            profile[field] = None
        elif slots.get(field) is not None:
            profile[field] = slots[field]
    ages, children = profile.get("children_ages"), profile.get("children")
    if isinstance(ages, list) and isinstance(children, int) and len(ages) != children:
        del profile["children_ages"]  # ages of another count of children: asked again
    return profile


# A screening asks at most this many questions: past it, what is still open is told as
# conditions or as "it depends on", so that nobody is kept answering for ever.
MAX_QUESTIONS = 14


def next_step(slots: Mapping[str, Any]) -> NextStep:
    """The next question, or the result: the screening stops when no answer could change any
    right, or after MAX_QUESTIONS questions."""
    profile = profile_from_slots(slots)
    assessment = assess(profile)
    conditions = []
    capped = int(slots.get("questions_asked") or 0) >= MAX_QUESTIONS
    for field in assessment["next_questions"]:
        if field in profile or field not in QUESTIONS:
            continue
        if capped or told_as_condition(field, assessment):
            if field in BOOL_FIELDS:
                conditions.append(field)
            continue
        return NextStep(field, assessment)
    return NextStep(None, assessment, tuple(conditions))
