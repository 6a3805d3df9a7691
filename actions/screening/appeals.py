"""What a person can do when an office refused a right, or never answered: where to appeal, by
when and at what cost where the reference gives it (appeals.yaml, each route with its sources),
and otherwise to act quickly and where free legal help is. A refusal that is never contested
is a right lost; a deadline we did not check could make the person miss the real one.

The figures (months, days) come from appeals.yaml into placeholders, never written in a sentence.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

from actions.directory.bodies import body_contact
from actions.i18n import say
from actions.screening.claims import REFUSED
from actions.screening.vocabulary import N_, RIGHT_NAMES, words

APPEALS_FILE = Path(__file__).resolve().parent / "appeals.yaml"
ITEM = "– "

REFUSED_HEADING = N_("You can contest the refusal of this right: {right}.")
WAITING_HEADING = N_("You have no answer yet for this right: {right}.")


@functools.lru_cache(maxsize=1)
def _appeals() -> dict[str, Any]:
    return yaml.safe_load(APPEALS_FILE.read_text(encoding="utf-8"))


def route_of(right: str | None) -> dict[str, Any] | None:
    """The sourced appeal route of a right, or None when the reference gives none."""
    return next((route for route in _appeals()["routes"].values() if right in route["rights"]), None)


def cpas_lines(route: dict[str, Any], outcome: str, language: str) -> list[str]:
    """The labour tribunal route of a CPAS decision (reference section 0b)."""
    if outcome == REFUSED:
        return [say(language, "Write to the labour tribunal within {months} months after the decision.",
                    months=route["deadline_months"]),
                say(language, "It is free, and you do not need a lawyer."),
                say(language, "You can also ask the CPAS to look at it again."),
                say(language, "Still write to the tribunal before the deadline.")]
    return [say(language, "The CPAS must decide within {days} days after your request.",
                days=route["decision_within_days"]),
            say(language, "It then has {days} more days to send you the decision.",
                days=route["decision_sent_within_days"]),
            say(language, "Without a decision, you can write to the labour tribunal. It is free."),
            say(language, "Ask the CPAS for a receipt of your request, and keep it.")]


def unsourced_lines(outcome: str, language: str) -> list[str]:
    """No sourced route: no deadline is said, only to act quickly."""
    if outcome == REFUSED:
        return [say(language, "I do not know the deadline to contest it. Act quickly.")]
    return [say(language, "Ask the office where your request stands. Keep proof of your request."),
            say(language, "If the wait is long, get help quickly.")]


def free_help_lines(language: str) -> list[str]:
    """Where free legal help is: the legal aid office of the person's language, a social worker
    of the CPAS, an association."""
    office = body_contact(_appeals()["legal_aid_office"][language])
    name = office["name"][language]
    if office["phone"]:
        legal_aid = say(language, "{office}, phone {phone}", office=name, phone=office["phone"])
    elif office["website"]:
        legal_aid = say(language, "{office}, website {website}", office=name, website=office["website"])
    else:
        legal_aid = name
    return [say(language, "Free help to contest a decision:"),
            ITEM + legal_aid,
            ITEM + say(language, "a social worker of your CPAS"),
            ITEM + say(language, "an association that helps with social rights")]


def guidance(right: str | None, outcome: str, language: str) -> list[str]:
    """The lines of what to do after a refusal (`outcome` refused) or without an answer
    (`waiting`), for one right; for no right named, the CPAS route and the others'."""
    if right is None:
        lines = [say(language, "What you can do depends on the office that decides."),
                 say(language, "For a decision of the CPAS:")]
        lines.extend(ITEM + line for line in cpas_lines(route_of("integration_income"), outcome, language))
        lines.append(say(language, "For another office:"))
        lines.extend(ITEM + line for line in unsourced_lines(outcome, language))
    else:
        heading = REFUSED_HEADING if outcome == REFUSED else WAITING_HEADING
        lines = [say(language, heading, right=words(RIGHT_NAMES, right, language))]
        route = route_of(right)
        lines.extend(cpas_lines(route, outcome, language) if route else unsourced_lines(outcome, language))
    return lines + free_help_lines(language)
