"""Dutch compounds: "werkloosheidsuitkering" is read as "werkloosheid" + "uitkering".

The heads and the linking sounds are in compounds_nl.yaml. A word ending with a head is read
by what comes before it, with or without a linking "-s-", "-en-" or "-e-" ("invaliditeits-",
"gehandicapten-"); failing that, by the head when the head itself is a word of the kind
("ouderdomspensioen" is a pension). A misspelt part is not corrected: "staats-" is not "straat".
"""

from __future__ import annotations

import functools
from typing import FrozenSet, Iterator, Tuple

from nlu.lexicon import data

# A modifier shorter than this is no word of its own ("al" in "alpensioen").
SHORTEST_MODIFIER = 3


@functools.lru_cache(maxsize=1)
def _rules() -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    heads = sorted(data.word_set("compounds", "heads", "nl"), key=len, reverse=True)
    links = sorted(data.word_set("compounds", "links", "nl"), key=len, reverse=True)
    return tuple(heads), tuple(links)


def split(word: str) -> Iterator[Tuple[str, str]]:
    """(modifier, head) for each head the word ends with, the modifier with and without its
    linking sound: "werkloosheidsuitkering" -> ("werkloosheids", "uitkering"),
    ("werkloosheid", "uitkering")."""
    heads, links = _rules()
    for head in heads:
        if not word.endswith(head) or len(word) - len(head) < SHORTEST_MODIFIER:
            continue
        modifier = word[:-len(head)].rstrip("-")
        yield modifier, head
        for link in links:
            if modifier.endswith(link) and len(modifier) - len(link) >= SHORTEST_MODIFIER:
                yield modifier[:-len(link)], head


def read(word: str, vocabulary: FrozenSet[str]) -> str:
    """The word of `vocabulary` a compound stands for, or "" when it is no compound of it."""
    heads = []
    for modifier, head in split(word):
        if modifier in vocabulary:
            return modifier
        heads.append(head)
    return next((head for head in heads if head in vocabulary), "")
