"""How many children a message speaks of, and their ages: one reading for the children question,
the ages question, and a first message that tells a situation.

People give both in many ways: "2 enfants, 5 et 9 ans", "un, ma fille de 7 ans", "un bébé de 8
mois et un de 3 ans", "des jumeaux de 3 ans", "mon fils unique a 17 ans", "3 kids: 2, 5 en 7
jaar", "3 mais le grand vit chez son père". The ages are the numbers that follow a child (or a
count of children) in one run of small words; a number further on ("…, je gagne 1400") or
before ("45 ans, seule avec mes 2 ados") is something else, often the person's own age.

Pure: reads the lexicon's numbers (digits and words, with their unit), its child nouns
(`child`, `children`, `twins` in nlu/lexicon/numbers_<language>.yaml), and the words around children
("enceinte", "aucun", "mais … vit chez", "donc": nlu/lexicon/children_<language>.yaml); which word
may follow which is written here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, List, Optional, Tuple

from actions.screening.lexicon_phrases import first_at, one_of
from nlu.lexicon import fold, key, numbers, words
from nlu.lexicon.data import word_list, word_set
from nlu.lexicon.tolerance import typo_of

OLDEST_CHILD = 30  # a child in charge may study until 25; older numbers are not a child's age


@functools.lru_cache(maxsize=1)
def _patterns() -> Dict[str, re.Pattern]:
    """The readings of children_<language>.yaml (both languages), searched in the folded text."""
    def w(*sections: str) -> str:
        return one_of("children", *sections, folding=fold)
    return {
        # One of the children said to live elsewhere: "3 mais le grand vit chez son père".
        "lives_elsewhere": re.compile(rf"\b{w('but')}\b.{{0,40}}\b{w('lives', 'they_live')}\b.{{0,25}}"
                                      rf"\b{w('at', 'away', 'no_longer_home')}\b"),
        # All grown up and gone: "mes enfants sont grands et habitent plus avec moi", "ze wonen niet meer thuis".
        "none_at_home": re.compile(rf"\b{w('they_live')}\b.{{0,15}}\b{w('no_longer_home', 'gone')}\b"),
        # All with their other parent: "ils vivent chez leur mère", "ze wonen bij hun vader".
        "all_with_others": re.compile(rf"\b{w('they_live')}\b.{{0,15}}\b{w('with_others')}\b"),
        # "Enceinte de mon premier", "we verwachten ons eerste": no child born yet.
        "first_on_the_way": re.compile(rf"\b{w('pregnant')}\b.{{0,30}}\b{w('first', 'first_in_figures')}\b|"
                                       rf"\b(?:{w('expecting')}|{w('expecting_starts')}\w*)\s+{w('my_or_our')}\s+{w('first')}\b"),
        # "Zwanger van", "attend": a child named just after is not born yet.
        "expecting": re.compile(rf"\b(?:{w('pregnant')}|{w('expecting_starts', 'expecting_starts_before_a_child')}\w*)\b"),
        # A total said after the parts: "ils vivent tous les 3 chez nous", "donc 3", "alle drie bij ons".
        "total_before": re.compile(rf"\b{w('total_before')}\s*$"),
        # A reply to the children question that opens with "none": "aucun à charge, ma fille a 26 ans".
        "none_first": re.compile(rf"^\W*(?:{w('no')}\W+)?{w('none_first')}\b"),
        # None here, whoever lives elsewhere: "mon fils vit chez sa mère, donc ici aucun", "dus hier geen".
        "none_here": re.compile(rf"\b{w('none_here')}\b|"
                                rf"^\W*(?:\w+\W+){{0,6}}?{w('the_children_determiners')} {w('the_children')} "
                                rf"{w('they_live')} {w('at')} {w('their')}\b"),
        # "un seul", "juste une", "maar één", "een enkel": one child.
        "only_one": re.compile(rf"^\W*{w('only_one')}\b"),
        # Just before a child noun: "sans enfant", "geen kinderen".
        "no_child": re.compile(rf"\b{w('no_child_before')}\s?(?:\w+\s)?$"),
        # "avec mes 2 petits", "met mijn zoon": living with one's own children.
        "with_own": re.compile(rf"\b{w('with')}\s+{w('my')}\s+((?:\S+\s+){{0,2}}\S+)"),
        # "On en a trois", "we hebben er drie": a count of the children named before.
        "count_of_them": re.compile(rf"\b{w('count_of_them_before')}\s*$"),
        # "On reprend à zéro", "van nul beginnen": starting again, not a count of nought.
        "from_zero": re.compile(rf"(?:^|\s){w('from')}\s*$"),
    }


@functools.lru_cache(maxsize=1)
def _of() -> FrozenSet[str]:
    """"de", "van": between a child and its age ("une petite de 2 ans", "1 van 8")."""
    return frozenset(fold(word) for word in word_list("children", "of"))


# "vier: de tweeling en twee oudere": the number that opens the reply, before a colon, is the count.
_COUNT_FIRST = re.compile(r"^\W*(\S+)\s*:")


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
def _with_me() -> FrozenSet[str]:
    """Where the children live, said between their count and their ages ("avec moi", "bij mij")."""
    return word_set("numbers", "child_with_me")


@functools.lru_cache(maxsize=1)
def _one() -> FrozenSet[str]:
    return word_set("numbers", "child_one")


@functools.lru_cache(maxsize=1)
def _young() -> FrozenSet[str]:
    return word_set("numbers", "young_units")


@functools.lru_cache(maxsize=1)
def _adjectives() -> FrozenSet[str]:
    return word_set("numbers", "adjectives")


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


def _with_siblings(nouns: list, tokens) -> list:
    """"Mon fils a 17 ans… lui et sa sœur de 12 ans": after a child, their brother or sister is
    another child (kind "sibling", counted as one)."""
    first_child = next((i for i, (_, k) in enumerate(nouns) if k in ("child", "children")), None)
    if first_child is None:
        return nouns
    return [(t, "sibling") if i > first_child and k is None and _sibling_at(tokens, i) else (t, k)
            for i, (t, k) in enumerate(nouns)]


def _sibling_at(tokens, index: int) -> bool:
    """Token `index` is the noun of "sa sœur", "zijn zusje"."""
    return 0 < index < len(tokens) and tokens[index].text in word_set("numbers", "sibling") \
        and tokens[index - 1].text in word_set("numbers", "sibling_of")


def _little_one(tokens, index: int, numbers_at: dict) -> Optional[str]:
    """"une petite de 2 ans", "een kleine van 3 jaar": an adjective used as the noun of a child,
    when one child is meant and an age follows."""
    if tokens[index].text not in word_set("numbers", "little_one") or index == 0 or index + 2 >= len(tokens):
        return None
    if tokens[index - 1].text not in _one() or tokens[index + 1].text not in _of():
        return None
    number = next((n for n in numbers_at.values() if n.start == tokens[index + 2].start), None)
    return "child" if number is not None and number.unit in ("year", "month") else None


@dataclass
class _Number:
    value: int
    start: int
    end: int
    unit: Optional[str]
    counts: bool = False


def about_to_turn(text: str, start: int) -> bool:
    """The age starting at `start` is one the person is about to turn ("bientôt 40", "wordt
    binnenkort 10"): a word of nlu/lexicon/numbers_*.yaml `soon` just before it."""
    window = re.split(r"\d", text[max(0, start - 25):start])[-1]
    return first_at("numbers", "soon", window) is not None


def lives_with_own(text: str) -> bool:
    """"Je vis avec mon fils de 15 ans", "ik woon met mijn 2 kinderen": the person lives with
    their own children (a noun of a child within three words of "avec mes" / "met mijn")."""
    return any(_kind_of(w.text) for found in _patterns()["with_own"].finditer(fold(text)) for w in words(found.group(1)))


def _numbers(folded) -> List[_Number]:
    found = []
    for entity in numbers(folded.source):
        value = entity.get("value")
        if entity.get("unit") == "euro" or not isinstance(value, (int, float)) or value < 0 \
                or (value != int(value) and value > OLDEST_CHILD):
            continue  # "anderhalf", "2,5 ans": a child of 1, of 2
        start, end = folded.inner(entity["start"], entity["end"])
        after = words(folded[end:])[:1]
        if after and after[0].text in word_set("numbers", "times"):
            continue  # "twee keer", "deux fois": how often
        if folded[start:end] in _between() and after and (_kind_of(after[0].text) or after[0].text in _adjectives()):
            continue  # "onze tweeling", "onze kinderen": our twins, our children, not eleven
        found.append(_Number(int(value), start, end, entity.get("unit")))
    return found


def read(text: str, asked: Optional[str] = None) -> Children:
    """The children a message speaks of. `asked` is the pending question ("children",
    "children_ages") or None: a bare number answers the question asked, while elsewhere only
    numbers beside a child count."""
    folded = fold(text)
    tokens = words(folded)
    numbers_at = {n.start: n for n in _numbers(folded)}
    nouns = [(t, _kind_of(t.text) or _little_one(tokens, i, numbers_at)) for i, t in enumerate(tokens)]
    nouns = _with_siblings(nouns, tokens)
    # "zwanger van ons eerste kindje", "enceinte de mon premier": not born yet.
    nouns = [(t, k) for t, k in nouns if k and not _patterns()["expecting"].search(folded[max(0, t.start - 30):t.start])]
    if _patterns()["first_on_the_way"].search(folded) and not any(k for _, k in nouns):
        return Children(count=0, ages=())  # "enceinte de mon premier": no child born yet
    if nouns and _patterns()["no_child"].search(folded[:nouns[0][0].start]):
        return Children(count=0, ages=())
    if asked == "children" and (_patterns()["none_first"].search(folded) or _patterns()["none_here"].search(folded)):
        return Children(count=0, ages=())
    _mark_counts(numbers_at, tokens, folded)
    with_others = _patterns()["all_with_others"].search(folded)
    if with_others and not any(n.end <= with_others.start() and not folded[n.end:with_others.start()].strip()
                               for n in numbers_at.values()):
        # "3 enfants mais ils vivent chez leur mère"; "4 mais 2 vivent chez leur père" is two of them.
        return Children(count=0, ages=())
    if _patterns()["none_at_home"].search(folded) and not any(n.counts for n in numbers_at.values()):
        # "On a des enfants mais ils sont grands et partis": none at home, whatever other
        # numbers (the person's age, an amount) the message gives.
        return Children(count=0, ages=())

    counts = sorted((n for n in numbers_at.values() if n.counts), key=lambda n: n.start)
    first = _COUNT_FIRST.match(folded)
    if asked == "children" and first:
        opening = [n for n in numbers_at.values() if n.start == first.start(1) and n.unit is None and n.value <= 15]
        if opening:
            opening[0].counts = True
            counts = opening
    bare = None
    if not counts and asked == "children":
        # "trois: 14, 9 et 2", "y en a 2, une de 6 ans…": the first number, said alone, answers.
        first_noun = min((t.start for t, _ in nouns), default=len(folded) + 1)
        plain = [n for n in sorted(numbers_at.values(), key=lambda n: n.start) if n.unit is None and n.start < first_noun
                 and not (n.value == 0 and _patterns()["from_zero"].search(folded[:n.start]))]
        if plain and plain[0].value <= 15:
            bare = plain[0]
            bare.counts = True
            counts = [bare]
    only_one = _patterns()["only_one"].search(folded)
    anchors = [t.start for t, _ in nouns] + [n.start for n in counts] + ([only_one.start()] if only_one else [])
    if asked == "children_ages":
        ages, spans = _ages(folded, tokens, numbers_at, 0, asked)
    else:
        # The ages follow one of the mentions of children, not always the first: "mes enfants
        # peuvent avoir les allocations ? J'ai 2 enfants de 3 et 7 ans".
        ages, spans = [], []
        for chain_from in sorted(set(anchors)):
            more, more_spans = _ages(folded, tokens, numbers_at, chain_from, asked)
            for age, span in zip(more, more_spans):
                if span not in spans:  # a later anchor inside a run already read
                    ages.append(age)
                    spans.append(span)

    multiples = sum(1 for _, k in nouns if k == "twins")
    count: Optional[int] = None
    if counts:
        count = counts[0].value if counts[0].value >= 2 else sum(n.value for n in counts)
        if counts[0].value >= 2:
            # "ma fille + les 2 enfants de mon mari", "mijn zoon en de 2 dochters van mijn vrouw":
            # one child named before the others.
            count += sum(1 for t, k in nouns if k == "child" and t.start < counts[0].start and _determiner(tokens, t) in _one())
    elif nouns:
        singular = sum(1 for t, k in nouns if (k == "child" and _determiner(tokens, t) in _one()) or k == "sibling")
        if only_one:
            singular = max(singular, 1)
        count = (2 * multiples) if multiples else (singular or None)
    elif only_one:
        count = 1
    totals = [n for n in numbers_at.values() if n.unit is None and 0 < n.value <= 15 and _patterns()["total_before"].search(folded[:n.start])]
    if totals:
        count = totals[-1].value  # "2 à moi et 1 de ma compagne, ils vivent tous les 3 chez nous"
    if multiples and len(ages) == 1 and count:
        ages = ages * count  # "des jumeaux de 3 ans", "des triplés de 4 ans"
    if ages and (count is None or len(ages) > count or asked == "children_ages"):
        count = len(ages)
    if count:
        elsewhere = _patterns()["lives_elsewhere"].search(folded)
        if elsewhere:
            # "3 mais le grand vit chez son père", "5 enfants mais 3 sont au pays".
            said = [n.value for n in numbers_at.values() if elsewhere.start() <= n.start < elsewhere.end() and n.unit is None]
            count = max(0, count - (said[0] if said and said[0] < count else 1))
            ages = []
    spans += [folded.span(n.start, n.end) for n in counts]
    if count is None and not ages:
        return Children(spans=tuple(spans))
    return Children(count=count, ages=tuple(ages) if ages else None, spans=tuple(spans))


@functools.lru_cache(maxsize=1)
def _count_breaks() -> FrozenSet[Tuple[str, ...]]:
    return frozenset(tuple(key(p).split()) for p in word_list("numbers", "count_breaks"))


def _mark_counts(numbers_at: dict, tokens, folded) -> None:
    """A number counts children when a child noun follows it (adjectives between: "2 petits
    enfants") or is the number itself ("des jumeaux", "een tweeling")."""
    for number in numbers_at.values():
        if number.unit is not None:
            continue
        inside = [t for t in tokens if number.start <= t.start < number.end]
        if any(_kind_of(token.text) for token in inside):
            number.counts = True
            continue
        if _patterns()["count_of_them"].search(folded[max(0, number.start - 20):number.start]) \
                and any(_kind_of(t.text) for t in tokens if t.end <= number.start):
            number.counts = True  # "je reste avec les enfants, on en a trois"
            continue
        following = [t for t in tokens if t.start >= number.end]
        for index, token in enumerate(following[:3]):
            if re.search(r"[,.;:!?()]", folded[number.end:token.start]):
                break  # "2 en 4, en de baby…": the baby is another child, not a count of 4
            if any(tuple(t.text for t in following[index:index + len(p)]) == p for p in _count_breaks()):
                break  # "12, 9 et des jumelles": 9 is an age
            if _kind_of(token.text):
                number.counts = True
                break
            if token.text not in _between() or token.text in _one():
                break


def _ages(folded, tokens, numbers_at: dict, chain_from: Optional[int], asked: Optional[str]):
    """The ages said in one run of small words from `chain_from` (every number of the reply
    when the ages were asked), with their spans in the text as typed."""
    ages: List[int] = []
    spans: List[Tuple[int, int]] = []
    if chain_from is None:
        return ages, spans
    skipped = False
    seen = set()
    for index, token in enumerate(tokens):
        if token.start < chain_from:
            continue
        number = next((n for n in numbers_at.values() if n.start <= token.start < n.end), None)
        if number is not None:
            if number.counts or number.start in seen:
                continue
            if number.value == 1 and number.unit is None and index + 2 < len(tokens) and tokens[index + 1].text in _of() \
                    and any(n.start == tokens[index + 2].start for n in numbers_at.values()):
                continue  # "1 van 8 en een van 15 maanden": one child of 8
            seen.add(number.start)
            unit_after = tokens[index + 1].text if index + 1 < len(tokens) else ""
            if number.unit == "month":
                ages.append(number.value // 12)
            elif unit_after in _young():
                ages.append(0)
            elif number.value <= OLDEST_CHILD:
                soon = about_to_turn(folded, number.start)
                ages.append(number.value - 1 if soon and number.value > 0 else number.value)
            else:
                break
            spans.append(folded.span(number.start, number.end))
            continue
        if token.text in _between() or token.text in _young() or _kind_of(token.text) or asked == "children_ages" \
                or _sibling_at(tokens, index) or _sibling_at(tokens, index + 1):
            continue
        if not ages and token.text in _with_me():
            continue  # "mes 2 enfants avec moi, 6 et 10 ans": the ages come after where they live
        # One other word may stand before an age said with its unit: "ons eerste kindje
        # gekregen (2 maanden)".
        following = next((n for n in numbers_at.values() if index + 1 < len(tokens)
                          and n.start <= tokens[index + 1].start < n.end), None)
        young = following is not None and index + 2 < len(tokens) and tokens[index + 2].text in _young()
        if not skipped and not ages and following is not None and (following.unit in ("year", "month") or young):
            skipped = True
            continue
        break
    return ages, spans


def _determiner(tokens, token) -> str:
    """The word before a noun, adjectives skipped: "ma petite fille" -> "ma"."""
    index = tokens.index(token) - 1
    while index >= 0 and tokens[index].text in _adjectives():
        index -= 1
    return tokens[index].text if index >= 0 else ""
