"""Numbers written in French or Dutch words: "septante-deux", "mille deux cents", "twaalfhonderd".

The words and their values are in numbers_<language>.yaml (`words`, `joiners`); this module is
the grammar that puts them together:

- French: "dix-sept", "vingt et un", "soixante et onze", "soixante-douze", "quatre-vingt(s)",
  "quatre-vingt-dix-sept", the Belgian "septante", "huitante", "nonante"; "deux cents", "douze
  cents" (1200), "cent et un"; "mille", "deux mille cinq cents", "un million". "Vingt un" is two
  numbers, as it is not said so; "un cent" and "un mille" are two numbers too.
- Dutch, one word or several: "tweeëntwintig" (the diaeresis may be missing), "vijfenveertig",
  "twaalfhonderd", "honderd (en) vijftig", "negentienhonderdvijftig", "duizend tweehonderd",
  "tweeduizend". "Een duizend" is two numbers; "een miljoen" is one.

Ordinals ("deuxième", "tweede") are not numbers here. A number never ends inside a word: in
"vingt-deuxième" or "achten" nothing is read.
"""

from __future__ import annotations

import functools
from typing import Dict, FrozenSet, Iterator, List, NamedTuple, Optional, Sequence, Tuple

from nlu.lexicon import data

JOIN = -1
HUNDRED, THOUSAND = 100, 1000
# Scales that multiply what comes before them, largest first.
SCALES = (1_000_000_000, 1_000_000, THOUSAND)


class Occurrence(NamedTuple):
    """Tokens `start` to `end` (excluded) make the number `value`."""

    start: int
    end: int
    value: int


class _Words(NamedTuple):
    values: Dict[str, int]
    joiners: FrozenSet[str]
    longest: int


@functools.lru_cache(maxsize=None)
def _words(language: str) -> _Words:
    values = {w: int(v) for w, v in data.number_map("numbers", "words", language).items()}
    joiners = data.word_set("numbers", "joiners", language)
    return _Words(values, joiners, max(len(w) for w in list(values) + list(joiners)))


@functools.lru_cache(maxsize=4096)
def _segment(part: str, language: str) -> Optional[Tuple[int, ...]]:
    """The values of a Dutch compound ("tweeentwintig" -> 2, JOIN, 20), longest pieces first."""
    if not part:
        return ()
    table = _words(language)
    for size in range(min(len(part), table.longest), 0, -1):
        piece = part[:size]
        if piece in table.values:
            value = table.values[piece]
        elif piece in table.joiners:
            value = JOIN
        else:
            continue
        rest = _segment(part[size:], language)
        if rest is not None:
            return (value,) + rest
    return None


def _atoms(token: str, language: str) -> Optional[Tuple[int, ...]]:
    """The values in one token ("quatre-vingt-dix" -> 4, 20, 10), or None if it is no number."""
    table = _words(language)
    atoms: List[int] = []
    for part in token.split("-"):
        if part in table.values:
            atoms.append(table.values[part])
        elif part in table.joiners:
            atoms.append(JOIN)
        elif language == "nl":
            pieces = _segment(part, language)
            if pieces is None:
                return None
            atoms.extend(pieces)
        else:
            return None
    return tuple(atoms) if atoms else None


class _Grammar:
    """Every way a run of atoms starting at a position reads as one number: (end, value)."""

    def __init__(self, atoms: Sequence[int], language: str) -> None:
        self.atoms = atoms
        self.french = language == "fr"

    def at(self, i: int) -> Optional[int]:
        return self.atoms[i] if i < len(self.atoms) else None

    def below_hundred(self, i: int) -> Iterator[Tuple[int, int]]:
        a = self.at(i)
        if a is None or a in (JOIN, 0) or a >= HUNDRED:
            return
        yield i + 1, a
        following = self.at(i + 1)
        if self.french:
            if a == 4 and following == 20:  # quatre-vingt(s), quatre-vingt-un, quatre-vingt-dix
                yield i + 2, 80
                for j, rest in self.teen_or_unit(i + 2):
                    yield j, 80 + rest
            elif a == 10 and following in (7, 8, 9):  # dix-sept
                yield i + 2, 10 + following
            elif a >= 20 and a % 10 == 0:
                if following == JOIN and self.at(i + 2) in (1, 11):  # vingt et un, soixante et onze
                    yield i + 3, a + self.at(i + 2)
                elif following is not None and 2 <= following <= 9:  # vingt-deux; not "vingt un"
                    yield i + 2, a + following
                elif a == 60:  # soixante-dix, soixante-dix-sept, soixante-douze
                    for j, teen in self.teen_or_unit(i + 1, units=False):
                        yield j, 60 + teen
        elif a <= 9 and following == JOIN:  # vijfenveertig, een en twintig
            tens = self.at(i + 2)
            if tens is not None and 20 <= tens < HUNDRED and tens % 10 == 0:
                yield i + 3, a + tens

    def teen_or_unit(self, i: int, units: bool = True) -> Iterator[Tuple[int, int]]:
        a = self.at(i)
        if a is None or a == JOIN:
            return
        if units and 1 <= a <= 9:
            yield i + 1, a
        elif 10 <= a <= 19:
            yield i + 1, a
            if a == 10 and self.at(i + 1) in (7, 8, 9):
                yield i + 2, 10 + self.at(i + 1)

    def hundreds(self, i: int) -> Iterator[Tuple[int, int]]:
        if self.at(i) == 0:
            yield i + 1, 0  # zéro, nul: alone
            return
        if self.at(i) == HUNDRED:
            yield i + 1, HUNDRED
            yield from self.plus(i + 1, HUNDRED, self.below_hundred)
            return
        for j, value in self.below_hundred(i):
            yield j, value
            if self.at(j) == HUNDRED and value >= 2:  # "un cent", "eenhonderd" are not said
                yield j + 1, value * HUNDRED
                yield from self.plus(j + 1, value * HUNDRED, self.below_hundred)

    def plus(self, i: int, total: int, part) -> Iterator[Tuple[int, int]]:
        """`total` followed by a smaller part, with or without a joiner ("cent et un")."""
        starts = [i] + ([i + 1] if self.at(i) == JOIN else [])
        for start in starts:
            for j, rest in part(start):
                yield j, total + rest

    def number(self, i: int, scales: Tuple[int, ...] = SCALES) -> Iterator[Tuple[int, int]]:
        if not scales:
            yield from self.hundreds(i)
            return
        scale, smaller = scales[0], scales[1:]
        multipliers = list(self.number(i, smaller))
        yield from multipliers
        for j, multiplier in multipliers + [(i, None)]:
            if self.at(j) != scale or multiplier == 0:
                continue
            if multiplier == 1 and scale == THOUSAND:  # "un mille", "een duizend"
                continue
            total = (multiplier or 1) * scale
            yield j + 1, total
            yield from self.plus(j + 1, total, lambda k: self.number(k, smaller))


def read(tokens: Sequence[str], language: str) -> List[Occurrence]:
    """The numbers written in words in a list of folded tokens, in one language.

    A token is a word (hyphens allowed), or anything else, which no number crosses.
    """
    found: List[Occurrence] = []
    index = 0
    while index < len(tokens):
        atoms: List[int] = []
        token_of: List[int] = []
        for position in range(index, len(tokens)):
            pieces = _atoms(tokens[position], language)
            if pieces is None:
                break
            atoms.extend(pieces)
            token_of.extend([position] * len(pieces))
        if not atoms:
            index += 1
            continue
        # A number ends where a token ends.
        ends = {j for j in range(1, len(atoms) + 1) if j == len(atoms) or token_of[j] != token_of[j - 1]}
        best = max(((j, v) for j, v in _Grammar(atoms, language).number(0) if j in ends), default=None)
        if best is None:
            index += 1
            continue
        end_token = token_of[best[0] - 1] + 1
        found.append(Occurrence(index, end_token, best[1]))
        index = end_token
    return found
