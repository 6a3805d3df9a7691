"""Why a right has its status, in the person's words: the verdict, then the engine's reasons.
Shared by "why not X?" and "why?" (actions/action_why_not.py, actions/action_why.py)."""

from __future__ import annotations

from actions.i18n import say
from actions.screening.reasons import reason_lines
from actions.screening.vocabulary import N_, RIGHT_NAMES, TOPICS, words

VERDICTS = {
    "not_eligible": N_("{right}: with your answers, this right does not seem possible."),
    "eligible": N_("{right}: you can claim it. It is in your result."),
    "possibly_eligible": N_("{right}: it may be possible. Ask the office."),
    "automatic": N_("{right}: it should come by itself. Check that you get it."),
    "already_receiving": N_("{right}: you said you already get it."),
    "unknown": N_("{right}: I cannot say yet."),
}


def explanation(right: dict, language: str) -> list[str]:
    """The lines that say why `right` (an assessed right of the engine) has its status."""
    verdict = VERDICTS[right["status"]]  # a variable, so that extraction does not take "status" for a message
    lines = [say(language, verdict, right=words(RIGHT_NAMES, right["id"], language))]
    lines.extend(reason_lines(right, language))
    topics = [words(TOPICS, f, language) for f in right.get("depends_on") or () if f in TOPICS]
    if right["status"] == "unknown" and topics:
        lines.append(say(language, "It depends on: {topics}.", topics=", ".join(topics)))
    if right["status"] == "not_eligible":
        lines.append(say(language, "The office can look at your situation again."))
    return lines
