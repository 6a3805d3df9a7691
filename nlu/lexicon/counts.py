"""`count` and `age`: the whole number a reply gives for a count (children) or an age.

They read the numbers of numbers.py, in digits or words of either language ("deux", "twee",
"septante-deux"), zeros said in words included ("aucun enfant", "geen kinderen", misspelt or
not).
"""

from __future__ import annotations

from typing import Dict, List, Optional

from nlu.lexicon import data
from nlu.lexicon.normalization import fold, words
from nlu.lexicon.number_finder import numbers
from nlu.lexicon.tolerance import typo_of

OLDEST = 120


def _whole(entity: Dict) -> Optional[int]:
    value = entity["value"]
    if not isinstance(value, (int, float)) or value < 0 or value != int(value):
        return None
    return int(value)


def _is_count(text: str, entity: Dict) -> bool:
    """Whether a number counts people or things one by one: the word after it is counted ("3
    enfants", misspelt or not, adjectives between), or the number is such a word ("des jumeaux")."""
    counted = (data.word_set("numbers", "counted") - data.word_set("numbers", "time_units")
               - data.word_set("numbers", "currency"))
    adjectives = data.word_set("numbers", "adjectives")
    folded = fold(text)
    start, end = folded.inner(entity["start"], entity["end"])
    own = [w.text for w in words(folded[start:end])]
    if own and own[-1] in counted:
        return True
    for word in [w.text for w in words(folded[end:])[:2]]:
        if word in counted or typo_of(word, counted):
            return True
        if word not in adjectives:
            return False
    return False


def count(text: str, language: Optional[str] = None) -> Optional[int]:
    """How many a reply says: the number before a noun counted one by one ("3 enfants de 4, 7 et
    10 ans" is 3), else the only whole number that is no amount nor age; None otherwise."""
    found = [e for e in numbers(text, language) if e.get("unit") != "euro" and _whole(e) is not None]
    before_noun = [e for e in found if _is_count(text, e)]
    if before_noun:
        return _whole(before_noun[0])
    plain = {_whole(e) for e in found if e.get("unit") is None}
    return plain.pop() if len(plain) == 1 else None


def age(text: str, language: Optional[str] = None) -> Optional[int]:
    """The age a reply gives: the number said in years ("45 ans", "45 jaar"), else the only whole
    number from 0 to 120 that is no amount nor count; None otherwise."""
    found = [e for e in numbers(text, language) if _whole(e) is not None and _whole(e) <= OLDEST]
    years: List[Dict] = [e for e in found if e.get("unit") == "year"]
    if len({_whole(e) for e in years}) == 1:
        return _whole(years[0])
    plain = {_whole(e) for e in found if e.get("unit") is None and not _is_count(text, e)}
    return plain.pop() if len(plain) == 1 and not years else None
