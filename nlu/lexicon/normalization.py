"""The one normalisation of what residents type: every lookup of the lexicon goes through it.

Residents write in SMS style, with or without accents, in capitals or not, with the apostrophes
and dashes their phone chooses. Three views of one character mapping:

- `fold(text)`: lower case, no accents, "œ" as "oe", typographic apostrophes, dashes and spaces
  made plain. It remembers where each of its characters comes from, so a span found in the folded
  text is turned back into the span of the same words in what the person typed (`Folded.span`).
- `normalize(text)`: the folded text with single spaces, for comparing short texts whole
  (a button's title and the reply that repeats it).
- `words(text)` and `key(phrase)`: runs of letters or digits; the form in which the lexicon's
  entries are stored and compared ("allocation d’intégration" -> "allocation d integration").
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from typing import List, NamedTuple, Sequence, Tuple

_APOSTROPHES = "\u2019\u2018\u02bc\u0060\u00b4"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
_SPACES = "\u00a0\u202f\u2009"
# Letters that Unicode does not decompose into a base letter and an accent.
_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss", "ĳ": "ij", "ø": "o", "ł": "l", "đ": "d"}


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _APOSTROPHES:
        return "'"
    if char in _DASHES:
        return "-"
    if char in _SPACES:
        return " "
    lower = char.lower()
    if lower in _LIGATURES:
        return _LIGATURES[lower]
    base = unicodedata.normalize("NFD", lower)[:1]
    # "İ".lower() has two characters; one is enough to keep the offsets simple.
    return base or char


class Folded(str):
    """A folded text that knows, for each of its characters, where it comes from."""

    source: str
    _origins: Sequence[int]

    def __new__(cls, source: str) -> "Folded":
        if source.isascii():  # most messages: one character for one
            self = super().__new__(cls, source.lower().replace("`", "'"))
            self.source = source
            self._origins = range(len(source) + 1)
            return self
        pieces: List[str] = []
        origins: List[int] = []
        for index, char in enumerate(source):
            folded = _fold_char(char)
            pieces.append(folded)
            origins.extend([index] * len(folded))
        self = super().__new__(cls, "".join(pieces))
        self.source = source
        self._origins = tuple(origins) + (len(source),)
        return self

    def span(self, start: int, end: int) -> Tuple[int, int]:
        """The span in the original text of the folded characters `start` to `end`."""
        if start >= end:
            origin = self._origins[start]
            return origin, origin
        return self._origins[start], self._origins[end - 1] + 1

    def inner(self, start: int, end: int) -> Tuple[int, int]:
        """The folded span of the original characters `start` to `end` (the inverse of `span`)."""
        return bisect.bisect_left(self._origins, start), bisect.bisect_left(self._origins, end)

    def original(self, start: int, end: int) -> str:
        """What the person typed for the folded characters `start` to `end`."""
        first, last = self.span(start, end)
        return self.source[first:last]


def fold(text: str) -> Folded:
    """Lower case, no accents, plain apostrophes, dashes and spaces (see `Folded`)."""
    return text if isinstance(text, Folded) else Folded(text)


def normalize(text: str) -> str:
    """The folded text with single spaces and no space at either end."""
    return " ".join(fold(text).split())


class Word(NamedTuple):
    """A run of letters or a run of digits in a folded text, with its offsets."""

    text: str
    start: int
    end: int


_WORD = re.compile(r"[a-z]+|\d+")


def words(folded: str) -> List[Word]:
    """Letters and digits runs: "j'habite 1030schaerbeek" -> j, habite, 1030, schaerbeek.

    `folded` should come from `fold`; a text that was not folded loses its accented letters.
    """
    return [Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded)]


def key(phrase: str) -> str:
    """The words of a phrase, folded, joined by single spaces: how the lexicon stores an entry."""
    return " ".join(w.text for w in words(fold(phrase)))
