"""Phrases of a lexicon list (nlu/lexicon/<kind>_<language>.yaml, both languages) found in a
message: on whole words once folded (accents, apostrophes, case), "…" in a phrase standing for a
few words of any kind. For lists whose phrases mean one thing each (a refusal, a wait, "details"),
where the lexicon's `find` reads values of a contract field. Pure."""

from __future__ import annotations

import functools
import re

from nlu.lexicon import key
from nlu.lexicon.data import GAP, word_list

# How many words "…" in a phrase stands for.
LONGEST_GAP = 4


def _pattern(phrase: str) -> str:
    parts = [re.escape(key(part)) for part in phrase.split(GAP)]
    return (r" (?:\S+ ){0,%d}" % LONGEST_GAP).join(parts)


@functools.lru_cache(maxsize=None)
def _compiled(kind: str, section: str) -> re.Pattern:
    phrases = sorted(word_list(kind, section), key=len, reverse=True)
    return re.compile(r"(?<!\S)(?:" + "|".join(_pattern(p) for p in phrases) + r")(?!\S)")


def first_at(kind: str, section: str, text: str) -> int | None:
    """Where (in characters of the folded text) the first phrase of the list starts, or None."""
    match = _compiled(kind, section).search(key(text or ""))
    return match.start() if match else None


def is_one_of(kind: str, section: str, text: str) -> bool:
    """The whole message is one phrase of the list ("détails")."""
    return _compiled(kind, section).fullmatch(key(text or "")) is not None


def phrase_end(kind: str, section: str, text: str) -> int | None:
    """Where (in characters of the folded text) the first phrase of the list ends, or None."""
    match = _compiled(kind, section).search(key(text or ""))
    return match.end() if match else None
