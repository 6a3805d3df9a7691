"""Whether a message answers the pending question, whatever intent the classifier gave it.

The classifier can take a plain answer for a side remark: Dutch "alleen" (alone) or "ik slaap op
straat" (I sleep in the street) for a goodbye. A reply that the pending question's reader
understands is an answer first: a goodbye would end a screening the person is still doing.
"""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.screening.answers import interpret
from actions.screening.questions import QUESTIONS


def answers_pending_question(tracker: Tracker) -> bool:
    field = tracker.get_slot("asking")
    if field not in QUESTIONS:
        return False
    latest = tracker.latest_message or {}
    return interpret(field, latest.get("text") or "", (latest.get("intent") or {}).get("name"),
                     latest.get("entities") or []) is not None
