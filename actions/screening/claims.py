"""A message that says a right was asked for and refused, or asked for and never answered ("on
m'a refusé le BIM", "ik heb het leefloon gevraagd maar nooit antwoord gekregen").

Such a right is not received: it is recorded as refused or waiting, never in `benefits`, and the
person learns how to contest the decision (actions/screening/appeals.py). The words are the
lexicon's (nlu/lexicon/claims_<language>.yaml); the right is the one the message names nearest
after the refusal ("le CPAS m'a refusé le revenu d'intégration": the income, not the CPAS), or
else nearest before it ("het leefloon gevraagd maar nooit antwoord").

Pure: no Rasa, no catalogs.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from actions.screening.lexicon_phrases import one_of, starts_of
from nlu.lexicon import find, key

REFUSED, WAITING = "refused", "waiting"
OUTCOMES = (REFUSED, WAITING)


@dataclass(frozen=True)
class Claim:
    outcome: str        # refused or waiting
    right: str | None   # the right named, if any


def claim_in(text: str) -> Claim | None:
    """The refusal or the wait a message tells of, with the right it names; None when it tells
    neither. A refusal wins over a wait ("refusé après des mois sans réponse")."""
    said = key(text or "")
    for outcome in OUTCOMES:
        for at in starts_of("claims", outcome, text):
            if not _denied().search(said[:at]):
                return Claim(outcome, _named_right(text, at))
    return None


@functools.lru_cache(maxsize=1)
def _denied() -> re.Pattern:
    """Words just before a claim that deny it was made: "jamais fait la demande"."""
    return re.compile(rf"(?<!\S){one_of('claims', 'denied_before')}\s+(?:\S+\s+)?$")


def _named_right(text: str, at: int) -> str | None:
    """The right named nearest after the outcome's words, else nearest before them."""
    mentions = []
    for found in find("aids", text):
        # Where the mention stands among the folded words, comparable with `at`.
        position = len(key(text[:found.start])) + (1 if found.start else 0)
        mentions.append((position, found.value))
    after = [m for m in mentions if m[0] > at]
    if after:
        return min(after)[1]
    before = [m for m in mentions if m[0] <= at]
    return max(before)[1] if before else None
