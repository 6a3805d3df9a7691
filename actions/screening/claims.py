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

from dataclasses import dataclass

from actions.screening.lexicon_phrases import first_at
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
    for outcome in OUTCOMES:
        at = first_at("claims", outcome, text)
        if at is not None:
            return Claim(outcome, _named_right(text, at))
    return None


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
