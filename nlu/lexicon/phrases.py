"""Finding phrases of the lexicon in the words of a message."""

from __future__ import annotations

import re
from typing import Dict, Iterable, List, Sequence, Tuple

from nlu.lexicon.normalization import fold


def phrase_spans(words: Sequence[str], phrases: Iterable[Tuple[str, ...]]) -> List[Tuple[int, int]]:
    """Word spans (first, after last) where a phrase stands, left to right, never overlapping;
    at one place the longest phrase wins ("hors de bruxelles" over "hors bruxelles")."""
    by_first: Dict[str, List[Tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            by_first.setdefault(phrase[0], []).append(phrase)
    spans = []
    i = 0
    while i < len(words):
        found = max(
            (len(p) for p in by_first.get(words[i], ()) if tuple(words[i:i + len(p)]) == p),
            default=0,
        )
        if found:
            spans.append((i, i + found))
            i += found
        else:
            i += 1
    return spans


def regex_of(phrase: str) -> str:
    """A regular expression for a phrase of the lexicon, to search in a folded text.

    Words are separated by any spaces, an apostrophe may be typed or not ("zo'n", "zon"), a
    symbol may have spaces around it ("+ / -"), and a phrase that starts or ends with a letter
    starts or ends at a word's edge ("env." is not in "venv.", "rond" is not "ronde").
    """
    pieces = []
    for word in fold(phrase).split():
        if not any(c.isalnum() for c in word):
            pieces.append(r"\s*".join(re.escape(c) for c in word))
        else:
            parts = word.split("'")
            # Inside a word the apostrophe may be left out ("zon"); at its end it makes the
            # word ("d'" is not "de").
            elided = parts[-1] == ""
            piece = r"\s*'?\s*".join(re.escape(p) for p in (parts[:-1] if elided else parts))
            piece += r"\s*'" if elided else ""
            pieces.append(piece)
    pattern = ""
    for index, piece in enumerate(pieces):
        if index:
            joined_words = piece[:1].isalnum() and pattern[-1:].isalnum()
            pattern += r"\s+" if joined_words else r"\s*"
        pattern += piece
    head = r"\b" if phrase[:1].isalnum() else ""
    tail = r"\b" if phrase[-1:].isalnum() else ""
    return head + pattern + tail


def alternation(phrases: Iterable[str]) -> str:
    """One regular expression for several phrases, the longest tried first."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(regex_of(p) for p in unique) + ")"
