"""Whether a message answers the pending question, whatever intent the classifier gave it.

The classifier can take a plain answer for a side remark: Dutch "alleen" (alone) or "ik slaap op
straat" (I sleep in the street) for a goodbye, "les allocations familiales" (an aid received) for
a request for help, French "hébergée" (hosted) for "delete my data". Every side remark repeats
the pending question, so a misread answer would bring the same question back for ever; a misread
deletion or restart would lose every answer. A reply that the pending question's reader
understands is an answer first: a goodbye would end a screening the person is still doing.
"""

from __future__ import annotations

import functools
import re

from rasa_sdk import Tracker

from actions.screening.answers import interpret, plain
from actions.screening.questions import QUESTIONS


# "pourquoi pas la GRAPA ?" names a right, which the question about aids already received would
# read as an answer; a message that asks why is a question, never an answer.
_WHY = re.compile(r"(?<![a-z])(pourquoi|pq|pk|pkoi|waarom|why|hoezo|comment ca)(?![a-z])")


def asks_why(text: str) -> bool:
    return _WHY.search(plain(text)) is not None


def answers_pending_question(tracker: Tracker) -> bool:
    field = tracker.get_slot("asking")
    if field not in QUESTIONS:
        return False
    latest = tracker.latest_message or {}
    if asks_why(latest.get("text") or ""):
        return False
    return interpret(field, latest.get("text") or "", (latest.get("intent") or {}).get("name"),
                     latest.get("entities") or []) is not None


def answer_first(respond):
    """Decorates a side remark's `respond`: a reply the pending question understands is taken as
    its answer (by action_take_answer) before the remark is made."""

    @functools.wraps(respond)
    def checked(self, dispatcher, tracker, domain):
        if answers_pending_question(tracker):
            from actions.action_take_answer import ActionTakeAnswer  # it imports the screening turn
            return ActionTakeAnswer().respond(dispatcher, tracker, domain)
        return respond(self, dispatcher, tracker, domain)

    return checked
