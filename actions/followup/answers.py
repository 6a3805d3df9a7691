"""What a reply to the follow-up means. Pure: no Rasa, no catalogs, no database.

Two questions, per right: what came of it (received, asked and waiting, refused, not asked),
and, when not asked, why (too complicated, did not dare, no time, did not think it was for me).
A reply is a button's option, its number (SMS shows the choices numbered, and the day-14
message is sent outside any conversation, so "2" arrives as it was typed), or the person's
own words, read with the lexicon (nlu/lexicon/outcomes_*.yaml, not_asked_*.yaml).
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Optional

from nlu.lexicon import find
from nlu.lexicon.answers import find_answer

RECEIVED, WAITING, REFUSED, NOT_ASKED = "received", "waiting", "refused", "not_asked"
STATUSES = (RECEIVED, WAITING, REFUSED, NOT_ASKED)                 # in the order they are offered
REASONS = ("too_complicated", "did_not_dare", "no_time", "not_for_me")
SKIP = "skip"  # "je ne sais pas", "liever niet": the question is left unanswered
_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s*$")


def _option(parse: Mapping[str, Any]) -> Optional[str]:
    options = [e.get("value") for e in parse.get("entities") or () if e.get("entity") == "option"]
    return options[0] if options else None


def _numbered(text: str, choices: tuple[str, ...]) -> Optional[str]:
    match = _NUMBER.match(text)
    if match and 1 <= int(match.group(1)) <= len(choices):
        return choices[int(match.group(1)) - 1]
    return None


def _skipped(text: str, option: Optional[str]) -> bool:
    if option in ("dont_know", "rather_not_say"):
        return True
    found = find_answer(text)
    return bool(found) and found["value"] in ("dont_know", "rather_not_say")


def _chosen(text: str, parse: Mapping[str, Any], choices: tuple[str, ...]) -> Optional[str]:
    """A button's option, or the number of a choice; SKIP for "don't know"; None otherwise."""
    option = _option(parse)
    if option in choices:
        return option
    numbered = _numbered(text, choices)
    if numbered:
        return numbered
    return SKIP if _skipped(text, option) else None


def read_status(text: str, parse: Mapping[str, Any]) -> Optional[str]:
    """received, waiting, refused, not_asked, SKIP, or None when not understood."""
    chosen = _chosen(text, parse, STATUSES)
    if chosen:
        return chosen
    found = find("outcomes", text)
    said = {f.value for f in found if not f.negated}
    # "Demandé, puis refusé": the last step told wins; a negated request is no request.
    said |= {NOT_ASKED for f in found if f.negated and f.value == WAITING}
    for status in (REFUSED, NOT_ASKED, WAITING, RECEIVED):
        if status in said:
            return status
    return None  # "pas reçu" alone: refused, or still waiting? asked again


def read_reason(text: str, parse: Mapping[str, Any]) -> Optional[str]:
    """too_complicated, did_not_dare, no_time, not_for_me, SKIP, or None when not understood."""
    chosen = _chosen(text, parse, REASONS)
    if chosen:
        return chosen
    found = [f.value for f in find("not_asked", text)]
    return found[0] if found else None
