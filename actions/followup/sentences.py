"""What the person reads of the follow-up: the offer, the day-14 questions and the short replies.
Every sentence comes from the catalogs; the days come from the store's figures."""

from __future__ import annotations

import json
from typing import Any

from actions.followup.answers import REASONS, STATUSES
from actions.followup.store import DELETED_AFTER_DAYS, DUE_AFTER_DAYS
from actions.followup.stopped import stopped  # noqa: F401 - the follow-up's sentences, in one place
from actions.i18n import say
from actions.screening.vocabulary import RIGHT_NAMES, words


def _buttons(choices: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"title": label, "payload": "/inform" + json.dumps({"option": value})} for value, label in choices]


def _message(lines: list[str], choices: list[tuple[str, str]], language: str, step: str) -> dict[str, Any]:
    # `followup` names the question for the channels and the tests; it is no profile field.
    return {"text": "\n".join(lines), "buttons": _buttons(choices),
            "json_message": {"followup": step, "options": [v for v, _ in choices], "language": language}}


def offer(language: str, *, again: bool = False) -> dict[str, Any]:
    lines = [say(language, "Sorry, I did not understand your answer.")] if again else []
    lines += [say(language, "Shall I write to you in {days} days to ask if it worked?", days=DUE_AFTER_DAYS),
              say(language, "I keep only what I need to write to you here, locked."),
              say(language, "I delete it after your answers, or in {days} days at the latest.",
                  days=DELETED_AFTER_DAYS)]
    if again:
        lines.append(say(language, "You can answer: yes or no."))
    return _message(lines, [("yes", say(language, "Yes")), ("no", say(language, "No"))], language, "offer")


def accepted(language: str) -> str:
    return "\n".join([say(language, "Noted. I will write to you in {days} days.", days=DUE_AFTER_DAYS),
                      say(language, "Write STOP to cancel.")])


def declined(language: str) -> str:
    return say(language, "All right, I will not write to you.")


def _status_choices(language: str) -> list[tuple[str, str]]:
    labels = {"received": say(language, "Received"), "waiting": say(language, "Asked, I am waiting"),
              "refused": say(language, "Refused"), "not_asked": say(language, "Not asked")}
    return [(status, labels[status]) for status in STATUSES]


def status_question(right: str, language: str, *, first: bool = False, again: bool = False) -> dict[str, Any]:
    """What came of one right; `first` opens the day-14 message."""
    lines = []
    if first:
        lines += [say(language, "Hello, this is Iris. {days} days ago, we looked at your aids together.",
                      days=DUE_AFTER_DAYS),
                  say(language, "Write STOP if you do not want to answer.")]
    if again:
        lines.append(say(language, "Sorry, I did not understand your answer."))
    lines.append(say(language, "{right}: where does it stand?", right=words(RIGHT_NAMES, right, language)))
    return _message(lines, _status_choices(language), language, "status")


def reason_question(right: str, language: str, *, again: bool = False) -> dict[str, Any]:
    labels = {"too_complicated": say(language, "Too complicated"), "did_not_dare": say(language, "I did not dare"),
              "no_time": say(language, "No time"), "not_for_me": say(language, "I did not think it was for me")}
    lines = [say(language, "Sorry, I did not understand your answer.")] if again else []
    lines.append(say(language, "{right}: why did you not ask for it?", right=words(RIGHT_NAMES, right, language)))
    return _message(lines, [(reason, labels[reason]) for reason in REASONS], language, "reason")


def finished(language: str) -> str:
    return "\n".join([say(language, "Thank you for your answers. I will not write to you again."),
                      say(language, "What I kept to write to you is deleted.")])

