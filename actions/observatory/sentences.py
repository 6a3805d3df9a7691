"""What the person reads of the observatory: the consent question, the question on why the rights
found are not received, and the short replies. Every sentence comes from the catalogs."""

from __future__ import annotations

import json
from typing import Any

from actions.i18n import say, say_for
from actions.screening.vocabulary import RIGHT_NAMES, words

ITEM = "• "


def _buttons(choices: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"title": label, "payload": "/inform" + json.dumps({"option": value})} for value, label in choices]


def _message(lines: list[str], choices: list[tuple[str, str]], language: str, step: str) -> dict[str, Any]:
    # `observatory` names the question for the widget and the tests; it is not a profile field,
    # so it is not the contract's `ask`.
    return {"text": "\n".join(lines), "buttons": _buttons(choices),
            "json_message": {"observatory": step, "options": [v for v, _ in choices], "language": language}}


def consent_question(language: str, *, volunteer: bool = False, again: bool = False) -> dict[str, Any]:
    """The opt-in question; `again` after a reply not understood, with examples."""
    lines = [say(language, "Sorry, I did not understand your answer.")] if again else []
    if volunteer:
        lines += [say_for(language, "volunteer", "Does the person agree that I keep an anonymous summary for the social services?"),
                  say(language, "No name, no number."),
                  say_for(language, "volunteer", "Saying no changes nothing for the person.")]
        rather_not = say_for(language, "volunteer", "The person would rather not say")
    else:
        lines += [say(language, "May I keep an anonymous summary to help the social services of your commune?"),
                  say(language, "No name, no number."),
                  say(language, "Saying no changes nothing for you.")]
        rather_not = say(language, "I'd rather not say")
    if again:
        lines.append(say_for(language, "volunteer", "You can answer: yes, no, or I'd rather not say.") if volunteer
                     else say(language, "You can answer: yes, no, or I'd rather not say."))
    choices = [("yes", say(language, "Yes")), ("no", say(language, "No")), ("rather_not_say", rather_not)]
    return _message(lines, choices, language, "consent")


def reasons_question(rights: list[str], language: str, *, volunteer: bool = False,
                     again: bool = False) -> dict[str, Any]:
    """"Did you know these aids before today?", the rights it is about, and its three answers."""
    lines = [say(language, "Sorry, I did not understand your answer.")] if again else []
    if volunteer:
        lines.append(say_for(language, "volunteer", "Did the person know these aids before today?"))
        choices = [("not_known", say(language, "No")),
                   ("not_asked", say_for(language, "volunteer", "Yes, but the person did not ask for them")),
                   ("not_received", say_for(language, "volunteer", "Yes, the person asked for them")),
                   ("rather_not_say", say_for(language, "volunteer", "The person would rather not say"))]
    else:
        lines.append(say(language, "Did you know these aids before today?"))
        choices = [("not_known", say(language, "No")),
                   ("not_asked", say(language, "Yes, but I did not ask for them")),
                   ("not_received", say(language, "Yes, I asked for them")),
                   ("rather_not_say", say(language, "I'd rather not say"))]
    lines += [ITEM + words(RIGHT_NAMES, right, language) for right in rights]
    lines.append(say(language, "You can answer: no, yes but not asked, or yes and asked.") if again
                 else say(language, "You may skip this question."))
    return _message(lines, choices, language, "reasons")


def why(consent: bool, language: str) -> str:
    """Why the question is asked: the consent question, or the one about the reasons."""
    if consent:
        return say(language, "The social services will see which aids people do not receive.")
    return say(language, "This shows why aids are not received: not known, not asked, or refused.")


def kept(language: str) -> str:
    return say(language, "Thank you. The summary is kept, without name or number.")


def nothing_kept(language: str) -> str:
    return say(language, "All right, I keep nothing.")


def thanks(language: str) -> str:
    return say(language, "Thank you, that helps.")


def skipped(language: str) -> str:
    return say(language, "No problem, we skip this question.")
