"""Text helpers shared by the parsers of numbers, communes and answers (no Rasa, no spaCy).

Residents write in SMS style, with or without accents, in capitals or not. The parsers match on a
*folded* copy of the message: lower case, accents removed, typographic apostrophes and dashes made
plain. The folded copy has exactly the length of the original, character for character, so a span
found in it is the span of the same words in what the person typed.
"""

from __future__ import annotations

import re
import unicodedata
from typing import List, NamedTuple

_APOSTROPHES = "\u2019\u2018\u02bc\u0060\u00b4"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
_SPACES = "\u00a0\u202f\u2009"


def fold(text: str) -> str:
    """Lower case, no accents, plain apostrophes, dashes and spaces; same length as `text`."""
    out = []
    for char in text:
        if char in _APOSTROPHES:
            out.append("'")
        elif char in _DASHES:
            out.append("-")
        elif char in _SPACES:
            out.append(" ")
        else:
            base = unicodedata.normalize("NFD", char)[0].lower()
            # A few characters change length when lower-cased ("İ"): keep one character.
            out.append(base[0] if base else char)
    return "".join(out)


class Word(NamedTuple):
    """A run of letters or a run of digits in a folded text, with its offsets."""

    text: str
    start: int
    end: int


_WORD = re.compile(r"[a-z]+|\d+")


def words(folded: str) -> List[Word]:
    """Letters and digits runs: "j'habite 1030schaerbeek" -> j, habite, 1030, schaerbeek."""
    return [Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded)]


def damerau_levenshtein(a: str, b: str, limit: int = 3) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment).

    Returns `limit + 1` as soon as the distance is known to exceed `limit`.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous: List[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                i > 1
                and j > 1
                and char_a == b[j - 2]
                and a[i - 2] == char_b
            ):
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]
