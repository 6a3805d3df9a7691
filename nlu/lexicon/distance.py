"""How far a typed word may be from a word of the lexicon and still be read as it."""

from __future__ import annotations

from typing import List

# Shorter words are too close to each other: one edit turns "pas" into "par" or "pus".
SHORTEST_TOLERANT_WORD = 4
# From this length two edits are allowed ("werkloosheit", "invalidte").
TWO_EDITS_FROM = 8


def edits_allowed(word: str) -> int:
    """0 below four letters, 1 from four to seven letters, 2 from eight."""
    if len(word) < SHORTEST_TOLERANT_WORD:
        return 0
    return 2 if len(word) >= TWO_EDITS_FROM else 1


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
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]


def is_typo_of(typed: str, word: str) -> bool:
    """Whether `typed` is a misspelling of `word` within the edits `word`'s length allows."""
    allowed = edits_allowed(word)
    if not allowed or typed == word or len(typed) < SHORTEST_TOLERANT_WORD or not typed.isalpha():
        return False
    return damerau_levenshtein(typed, word, allowed) <= allowed
