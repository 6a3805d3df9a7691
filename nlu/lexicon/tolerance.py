"""Spelling mistakes: which word of the lexicon a misspelt word stands for ("aleen" -> "alleen").

A typed word is read as a word of the lexicon when:
- it has four letters or more, and only letters;
- it is not itself a word of the lexicon, in any kind or language ("mois" is never "mais"), nor
  a real word listed as a look-alike (lookalikes_<language>.yaml: "ferme" is never "femme");
- it starts with the same letter: people seldom miss the first one, and words that differ there
  are more often other words than misspellings;
- it is within one edit (Damerau-Levenshtein: a letter added, dropped, changed, or two letters
  swapped) of a word of 4 to 7 letters, two edits of a word of 8 letters or more.
"""

from __future__ import annotations

import functools
from typing import FrozenSet, List, Optional, Tuple

from nlu.lexicon import data
from nlu.lexicon.distance import SHORTEST_TOLERANT_WORD, damerau_levenshtein, edits_allowed


@functools.lru_cache(maxsize=1)
def _never_misspelt() -> FrozenSet[str]:
    return data.known_words() | data.word_set("lookalikes", "words")


def may_be_misspelt(typed: str) -> bool:
    """Whether a typed (folded) word may be a misspelling of a word of the lexicon."""
    return len(typed) >= SHORTEST_TOLERANT_WORD and typed.isalpha() and typed not in _never_misspelt()


def corrections(typed: str, vocabulary: FrozenSet[str]) -> List[Tuple[int, str]]:
    """The words of `vocabulary` that `typed` may be a misspelling of, closest first."""
    return list(_corrections(typed, vocabulary))


@functools.lru_cache(maxsize=8192)
def _corrections(typed: str, vocabulary: FrozenSet[str]) -> Tuple[Tuple[int, str], ...]:
    if not may_be_misspelt(typed):
        return ()
    found = []
    for word in vocabulary:
        allowed = edits_allowed(word)
        if not allowed or word[0] != typed[0] or abs(len(word) - len(typed)) > allowed:
            continue
        distance = damerau_levenshtein(typed, word, allowed)
        if distance <= allowed:
            found.append((distance, word))
    return tuple(sorted(found))


def typo_of(typed: str, vocabulary: FrozenSet[str]) -> Optional[str]:
    """The closest word of `vocabulary` that `typed` is a misspelling of, or None."""
    found = _corrections(typed, vocabulary)
    return found[0][1] if found else None
