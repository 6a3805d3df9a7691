"""How many children a message speaks of, and their ages: one reading for the children question,
the ages question, and a first message that tells a situation.

People give both in many ways: "2 enfants, 5 et 9 ans", "un, ma fille de 7 ans", "un bébé de 8
mois et un de 3 ans", "des jumeaux de 3 ans", "mon fils unique a 17 ans", "3 kids: 2, 5 en 7
jaar", "3 mais le grand vit chez son père". The ages are the numbers that follow a child (or a
count of children) in one run of small words; a number further on ("…, je gagne 1400") or
before ("45 ans, seule avec mes 2 ados") is something else, often the person's own age.

Pure: reads the lexicon's numbers (digits and words, with their unit) and its child nouns
(`child`, `children`, `twins` in nlu/lexicon/numbers_<language>.yaml).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import FrozenSet, List, Optional, Tuple

from nlu.lexicon import fold, numbers, words
from nlu.lexicon.data import word_set
from nlu.lexicon.tolerance import typo_of

OLDEST_CHILD = 30  # a child in charge may study until 25; older numbers are not a child's age

# One of the children said to live elsewhere: "3 mais le grand vit chez son père".
_LIVES_ELSEWHERE = re.compile(
    r"\b(mais|maar)\b.{0,40}\b(vit|habite|vivent|habitent|est|sont|woont|wonen|zit|verblijft)\b.{0,25}"
    r"\b(chez|bij|ailleurs|elders|en (?:belgique|afrique|europe)|au pays|in het buitenland|niet meer thuis|plus a la maison)\b")
_NO_CHILD = re.compile(r"\b(sans|pas d'|pas de|aucun|aucune|geen|zonder)\s?(?:\w+\s)?$")


@dataclass(frozen=True)
class Children:
    count: Optional[int] = None
    ages: Optional[Tuple[int, ...]] = None
    # Spans (in the text as typed) of the numbers read as children's ages or counts: not the
    # person's age.
    spans: Tuple[Tuple[int, int], ...] = field(default=())

    def as_fields(self) -> dict:
        out: dict = {}
        if self.count is not None:
            out["children"] = self.count
        if self.ages is not None and (self.count is None or self.count == len(self.ages)):
            out["children_ages"] = list(self.ages)
        return out


@functools.lru_cache(maxsize=1)
def _between() -> FrozenSet[str]:
    """Small words between a child and its age, the units of an age, and adjectives."""
    return (word_set("numbers", "child_between") | word_set("numbers", "time_units")
            | word_set("numbers", "adjectives"))


@functools.lru_cache(maxsize=1)
def _one() -> FrozenSet[str]:
    return word_set("numbers", "child_one")


@functools.lru_cache(maxsize=1)
def _nouns() -> Tuple[FrozenSet[str], FrozenSet[str], FrozenSet[str]]:
    return word_set("numbers", "child"), word_set("numbers", "children"), word_set("numbers", "twins")


def _kind_of(word: str) -> Optional[str]:
    """"child", "children" or "twins" for a noun of a child (misspelt or not), else None."""
    one, many, twins = _nouns()
    for kind, vocabulary in (("twins", twins), ("child", one), ("children", many)):
        if word in vocabulary:
            return kind
    for kind, vocabulary in (("twins", twins), ("child", one), ("children", many)):
        if typo_of(word, vocabulary):
            return kind
    return None


@dataclass
class _Number:
    value: int
    start: int
    end: int
    unit: Optional[str]
    counts: bool = False


def _numbers(folded) -> List[_Number]:
    found = []
    for entity in numbers(folded.source):
        value = entity.get("value")
        if entity.get("unit") == "euro" or not isinstance(value, (int, float)) or value != int(value) or value < 0:
            continue
        start, end = folded.inner(entity["start"], entity["end"])
        found.append(_Number(int(value), start, end, entity.get("unit")))
    return found


def read(text: str, asked: Optional[str] = None) -> Children:
    """The children a message speaks of. `asked` is the pending question ("children",
    "children_ages") or None: a bare number answers the question asked, while elsewhere only
    numbers beside a child count."""
    folded = fold(text)
    tokens = words(folded)
    numbers_at = {n.start: n for n in _numbers(folded)}
    nouns = [(t, _kind_of(t.text)) for t in tokens]
    nouns = [(t, k) for t, k in nouns if k]
    if nouns and _NO_CHILD.search(folded[:nouns[0][0].start]):
        return Children(count=0, ages=())

    # Counts: a number right before a child noun (adjectives between), or the number that is the
    # noun itself ("des jumeaux", "een tweeling").
    for number in numbers_at.values():
        after = [t for t in tokens if t.start >= number.end][:3]
        inside = [t for t in tokens if number.start <= t.start < number.end]
        if any(_kind_of(token.text) for token in inside):
            number.counts = number.unit is None
            continue
        for token in after:
            if _kind_of(token.text):
                number.counts = number.unit is None
                break
            if token.text not in _between() or token.text in word_set("numbers", "child_one"):
                break

    anchors = [t.start for t, _ in nouns] + [n.start for n in numbers_at.values() if n.counts]
    ages: List[int] = []
    spans: List[Tuple[int, int]] = []
    if asked == "children_ages" and not anchors:
        chain_from = 0
    else:
        chain_from = min(anchors) if anchors else None
    if chain_from is not None:
        skipped = False
        for index, token in enumerate(tokens):
            if token.start < chain_from:
                continue
            number = next((n for n in numbers_at.values() if n.start <= token.start < n.end), None)
            if number is not None:
                if not number.counts and folded.span(number.start, number.end) not in spans:
                    if number.unit == "month":
                        ages.append(0)
                    elif number.value <= OLDEST_CHILD:
                        ages.append(number.value)
                    else:
                        break
                    spans.append(folded.span(number.start, number.end))
                elif number.counts:
                    spans.append(folded.span(number.start, number.end))
                continue
            if token.text in _between() or _kind_of(token.text) or asked == "children_ages":
                continue
            # One other word may stand before an age said with its unit: "ons eerste kindje
            # gekregen (2 maanden)".
            following = next((n for n in numbers_at.values() if index + 1 < len(tokens)
                              and n.start <= tokens[index + 1].start < n.end), None)
            if not skipped and following is not None and following.unit in ("year", "month"):
                skipped = True
                continue
            break

    counts = [n for n in numbers_at.values() if n.counts]
    twins = any(k == "twins" for _, k in nouns)
    if twins and len(ages) == 1:
        ages = ages * 2
    count: Optional[int] = None
    if counts:
        first = sorted(counts, key=lambda n: n.start)
        count = first[0].value if first[0].value >= 2 else sum(n.value for n in first)
    elif asked == "children":
        bare = [n for n in numbers_at.values() if n.unit is None and n.start < (min(anchors) if anchors else len(folded) + 1)]
        if bare and bare[0].value <= 15:
            count = bare[0].value
            spans.append(folded.span(bare[0].start, bare[0].end))
            if not anchors:
                ages = []
    if count is None and nouns:
        singular = sum(1 for t, k in nouns if k == "child" and _before(tokens, t) in _one())
        if twins:
            count = 2 * sum(1 for _, k in nouns if k == "twins")
        elif singular:
            count = singular
    if ages and (count is None or len(ages) > count):
        count = len(ages) if not (count and twins) else max(count, len(ages))
    if asked == "children_ages" and ages:
        count = len(ages)
    if count is not None and count >= 1 and _LIVES_ELSEWHERE.search(folded):
        count -= 1
        ages = []
    if count is None and not ages:
        return Children(spans=tuple(spans))
    return Children(count=count, ages=tuple(ages) if ages else None, spans=tuple(spans))


def _before(tokens, token) -> str:
    index = tokens.index(token)
    return tokens[index - 1].text if index else ""
