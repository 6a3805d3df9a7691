"""`find(kind, text, language)`: the values a message names, with where it names them.

Words and phrases are matched on the words of the folded message, left to right, the longest
phrase first where several start at the same word ("pension alimentaire" before "pension"). A
word that matches nothing is tried, in this order, as a Dutch compound (compounds.py) and as a
misspelling (tolerance.py); a word that is a misspelling of two words with different meanings,
at the same distance, is left alone.

A phrase may hold "…", a few words of any kind: "facture … impayée" is in "facture d'électricité
toujours impayée".

Each value comes with `negated`: a negation stands just before it in the same clause ("je ne
suis pas étudiant", "ik ben geen student", "plus de chômage", "j'ai perdu mon travail"), or,
in Dutch, just after it ("ik werk niet meer", "mijn werk is gestopt"); not when the phrase
says it already ("plus aucun revenu", "pas de mutuelle"). The value is what the words
name; what a negation makes of it is the reader's to decide.
"""

from __future__ import annotations

import functools
from typing import Any, Dict, FrozenSet, List, NamedTuple, Optional, Sequence, Tuple

from nlu.lexicon import compounds, data
from nlu.lexicon.normalization import fold, key, words
from nlu.lexicon.places import find_places
from nlu.lexicon.tolerance import corrections

EXACT, TYPO, COMPOUND = "exact", "typo", "compound"
# How many words before (after) a value a negation may stand.
NEGATION_BEFORE = 4
NEGATION_AFTER = 2
# How many words "…" in a phrase stands for.
LONGEST_GAP = 6
_CLAUSE_ENDS = set(",.;:!?()")


class Found(NamedTuple):
    """A value that a text names: what, where (in the text as typed), and how it was read."""

    value: Any  # a contract value; (field, True/False) for facts
    start: int
    end: int
    text: str  # the words as typed
    language: str  # the language of the lexicon entry
    how: str  # "exact", "typo" (a misspelling) or "compound" (a Dutch compound)
    negated: bool


class _Index(NamedTuple):
    by_first_word: Dict[str, List[data.Entry]]
    meanings_of_word: Dict[str, FrozenSet[Any]]  # single words only, for misspellings
    vocabulary: FrozenSet[str]
    compound_vocabulary: FrozenSet[str]


@functools.lru_cache(maxsize=None)
def _index(kind: str, language: Optional[str]) -> _Index:
    entries = data.entries(kind, language)
    by_first: Dict[str, List[data.Entry]] = {}
    for entry in sorted(entries, key=lambda e: -len(e.words)):
        by_first.setdefault(entry.words[0], []).append(entry)
    meanings: Dict[str, set] = {}
    for entry in entries:
        for word in entry.words:
            if word != data.GAP:
                meanings.setdefault(word, set())
        if len(entry.words) == 1:
            meanings[entry.words[0]].add(entry.value)
    dutch_words = frozenset(e.words[0] for e in entries if e.language == "nl" and len(e.words) == 1)
    return _Index(
        by_first_word=by_first,
        meanings_of_word={w: frozenset(v) for w, v in meanings.items()},
        vocabulary=frozenset(meanings),
        compound_vocabulary=dutch_words,
    )


def _read_word(word: str, index: _Index) -> Tuple[str, str]:
    """The word of the lexicon a typed word stands for, and how: exact, typo or compound."""
    if word in index.vocabulary:
        return word, EXACT
    if index.compound_vocabulary:
        stands_for = compounds.read(word, index.compound_vocabulary)
        if stands_for:
            return stands_for, COMPOUND
    found = corrections(word, index.vocabulary)
    if found:
        closest = [w for distance, w in found if distance == found[0][0]]
        meanings = {index.meanings_of_word.get(w) or frozenset({("phrase", w)}) for w in closest}
        if len(meanings) == 1:
            return closest[0], TYPO
        # A last letter left off is the likeliest slip: "papiere" is "papieren", not "papiers".
        completed = [w for w in closest if w.startswith(word)]
        if len(completed) == 1:
            return completed[0], TYPO
    return word, EXACT


@functools.lru_cache(maxsize=None)
def _negations(language: str) -> Tuple[FrozenSet[Tuple[str, ...]], FrozenSet[Tuple[str, ...]]]:
    """Negations of both languages (people mix them: "mijn job verloren"), less the words that
    deny nothing in the phrase's own language: Dutch "plus" adds ("gas, plus een elektrisch
    vuurtje") where French "plus" denies ("plus de mazout")."""
    plain = frozenset(tuple(key(w).split()) for w in data.word_list("answers", "not_negations", language))
    before = frozenset(tuple(key(w).split()) for w in data.word_list("answers", "negations")) - plain
    after = frozenset(tuple(key(w).split()) for w in data.word_list("answers", "negations_after")) - plain
    return before, after


def _clause(folded: str, texts: Sequence[str], starts: Sequence[int], ends: Sequence[int],
            first: int, last: int) -> Tuple[List[str], List[str]]:
    """The words of the same clause just before word `first` and just after word `last`."""
    before: List[str] = []
    for i in range(first - 1, max(-1, first - 1 - NEGATION_BEFORE), -1):
        if _CLAUSE_ENDS & set(folded[ends[i]:starts[i + 1]]):
            break
        before.insert(0, texts[i])
    after: List[str] = []
    for i in range(last + 1, min(len(texts), last + 1 + NEGATION_AFTER)):
        if _CLAUSE_ENDS & set(folded[ends[i - 1]:starts[i]]):
            break
        after.append(texts[i])
    return before, after


def _says(words: Sequence[str], phrases: FrozenSet[Tuple[str, ...]]) -> bool:
    longest = max((len(p) for p in phrases), default=0)
    return any(tuple(words[i:i + size]) in phrases for size in range(1, longest + 1) for i in range(len(words) - size + 1))


def _is_negated(entry: data.Entry, before: List[str], after: List[str]) -> bool:
    negations_before, negations_after = _negations(entry.language)
    if _says(entry.words, negations_before | _nothing()):
        return False  # "plus aucun revenu", "pas de mutuelle": the phrase says it already
    # A word followed by a number is arithmetic, not a negation: "1250 netto, plus 300 alimentatie".
    before = [w for i, w in enumerate(before) if not (i + 1 < len(before) and before[i + 1].isdigit())]
    paid = [i for i, w in enumerate(before) if w in _paying()]
    if paid:
        before = before[paid[-1] + 1:]  # "on n'arrive plus à payer le mazout": the payment is denied
    if entry.kind == "household":
        # "mijn vrouw werkt niet": the "niet" is the verb's; a person is denied only by words
        # that say they are gone ("mijn man is overleden").
        after = [w for w in after if w not in _plain_nots()]
    return _says(before, negations_before) or _says(after, negations_after) or \
        (bool(after) and after[0] in _right_after())


@functools.lru_cache(maxsize=1)
def _plain_nots() -> FrozenSet[str]:
    """Single words that only deny a verb: "pas", "niet"."""
    return data.word_set("answers", "negations_right_after") | \
        frozenset(w for w in data.word_set("answers", "negations_after") if w == "niet")


@functools.lru_cache(maxsize=1)
def _paying() -> FrozenSet[str]:
    return data.word_set("answers", "paying")


@functools.lru_cache(maxsize=1)
def _right_after() -> FrozenSet[str]:
    return data.word_set("answers", "negations_right_after")


@functools.lru_cache(maxsize=1)
def _nothing() -> FrozenSet[Tuple[str, ...]]:
    return frozenset((w,) for w in data.word_set("answers", "none"))


def _end_of(entry: data.Entry, canon: Sequence[str], i: int) -> Optional[int]:
    """Where `entry` ends if it starts at word `i` (a gap takes as few words as it can)."""
    position = i
    for index, word in enumerate(entry.words):
        if word != data.GAP:
            if position >= len(canon) or canon[position] != word:
                return None
            position += 1
            continue
        rest = data.Entry(entry.words[index + 1:], entry.value, entry.kind, entry.language, entry.written)
        for skipped in range(LONGEST_GAP + 1):
            end = _end_of(rest, canon, position + skipped)
            if end is not None:
                return end
        return None
    return position


def find(kind: str, text: str, language: Optional[str] = None) -> List[Found]:
    """The values of `kind` that `text` names, in the order they come.

    kind: "aids" (right ids), "housing", "household" (living_with), "papers"
    (residence_status), "income_sources", "facts" ((field, True/False)), "answers" (none), or
    "communes" (commune ids and outside_brussels, read by places.find_places).
    language: "fr" or "nl" to read with that language's words only; None for both, as residents
    mix them.
    """
    if kind == "communes":
        return _communes(text)
    index = _index(kind, language)
    folded = fold(text or "")
    tokens = words(folded)
    read = [_read_word(t.text, index) for t in tokens]
    canon = [word for word, _ in read]
    texts = [t.text for t in tokens]
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    found: List[Found] = []
    i = 0
    while i < len(tokens):
        candidates = [(after, e) for e in index.by_first_word.get(canon[i], ())
                      for after in [_end_of(e, canon, i)] if after is not None]
        if not candidates:
            i += 1
            continue
        end_word, entry = max(candidates, key=lambda candidate: candidate[0])
        last = end_word - 1
        if entry.kind == "household" and last == i and _means_only(entry, folded, texts, starts, ends, i):
            i += 1
            continue
        hows = {how for _, how in read[i:last + 1]}
        how = COMPOUND if COMPOUND in hows else TYPO if TYPO in hows else EXACT
        start, end = folded.span(starts[i], ends[last])
        before, after = _clause(folded, texts, starts, ends, i, last)
        found.append(Found(entry.value, start, end, text[start:end], entry.language, how,
                           _is_negated(entry, before, after)))
        i = last + 1
    return found


def _means_only(entry: data.Entry, folded: str, texts: Sequence[str], starts: Sequence[int], ends: Sequence[int],
                i: int) -> bool:
    """Whether the word at `i` is "alleen" or "seul" meaning "only" ("alleen een klein pensioen",
    "ma seule ressource"), which says nothing of the household; not after a verb of living ("ik
    huur alleen een studio") nor before a comma ("39 jaar, alleen, mijn zaak…")."""
    words_, determiners_before, after, living = _only(entry.language)
    if texts[i] not in words_:
        return False
    if i > 0 and texts[i - 1] in determiners_before:
        return True
    if (i > 0 and texts[i - 1] in living) or i + 1 >= len(texts) or \
            _CLAUSE_ENDS & set(folded[ends[i]:starts[i + 1]]):
        return False
    return any(tuple(texts[i + 1:i + 1 + len(p)]) == p for p in after)


@functools.lru_cache(maxsize=None)
def _only(language: str) -> Tuple[FrozenSet[str], FrozenSet[str], FrozenSet[Tuple[str, ...]], FrozenSet[str]]:
    return (data.word_set("answers", "only_words", language), data.word_set("answers", "only_after", language),
            frozenset(tuple(key(w).split()) for w in data.word_list("answers", "only_before", language)),
            data.word_set("answers", "alone_after", language))


def _communes(text: str) -> List[Found]:
    return [
        Found(e["value"], e["start"], e["end"], text[e["start"]:e["end"]], "", EXACT, False)
        for e in find_places(text or "") if e["entity"] == "commune"
    ]
