"""Phrases of a lexicon list (nlu/lexicon/<kind>_<language>.yaml, both languages) found in a
message: on whole words once folded (accents, apostrophes, case), "…" in a phrase standing for a
few words of any kind. For lists whose phrases mean one thing each (a refusal, a wait, "details"),
where the lexicon's `find` reads values of a contract field. Pure."""

from __future__ import annotations

import functools
import re

from nlu.lexicon import key
from nlu.lexicon.data import GAP, LexiconDataError, word_list

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


def starts_of(kind: str, section: str, text: str) -> list[int]:
    """Where (in characters of the folded text) each phrase of the list starts, in order."""
    return [match.start() for match in _compiled(kind, section).finditer(key(text or ""))]


def is_one_of(kind: str, section: str, text: str) -> bool:
    """The whole message is one phrase of the list ("détails")."""
    return _compiled(kind, section).fullmatch(key(text or "")) is not None


def phrase_end(kind: str, section: str, text: str) -> int | None:
    """Where (in characters of the folded text) the first phrase of the list ends, or None."""
    match = _compiled(kind, section).search(key(text or ""))
    return match.end() if match else None


def one_of(kind: str, *sections: str, folding=key) -> str:
    """A regular expression, without a group, for exactly one word or phrase of the sections of a
    lexicon list (both languages), written as `folding` writes the text it is searched in: `key`,
    or `fold` where apostrophes and spaces are kept ("pas d'"). The longest is tried first. What
    may stand around it, and which word may follow which, stay with the caller."""
    phrases = {str(folding(p)) for section in sections for p in word_list(kind, section)}
    if not phrases:
        # An empty alternation would match anywhere.
        raise LexiconDataError(f"{kind}: no words in {', '.join(sections)}")
    return "(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p))) + ")"
