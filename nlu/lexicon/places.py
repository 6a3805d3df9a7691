"""The commune a resident names: French or Dutch name, postal code, abbreviation or misspelling.

`find_places(text)` returns entities (dicts with entity, value, start, end):

- `commune` with a commune id of the contract (`schaerbeek`, `bruxelles`, ...), or
  `outside_brussels` for a place clearly outside the Region (a Belgian postal code outside
  1000-1299, a well-known town such as Liège, Gent, Namur, "buiten Brussel").
- `postal_code` with the code as a string ("1050") when the code does not settle the commune:
  the codes that `postal_codes.csv` marks shared (1040 and 1050 are also part of the City of
  Brussels, reference section 17), and codes of the Region that belong to no commune of the list.
  The bot then asks for the commune; it never guesses.

Rules, in the order they apply:

1. Names are matched on words of the folded text (no accents, lower case; "St-Gilles",
   "saint gilles", "sint gillis", "stgilles" are the same). Saint/Sint/St/Ste are one word.
2. A misspelling is accepted only on the long words of the official names (`typo_tolerant_words`
   of communes.csv, 7 letters or more): one edit, or two from 10 letters when the first three
   letters and the last one are right; same first letter; never a word the lexicon lists as a
   look-alike. Ordinary words ("seule", "alleen", "forêt", "waterval") must not turn into
   communes: a test runs every French and Dutch word of spaCy's lookup tables through the parser.
   Shorter names and the towns outside have their usual misspellings listed instead ("ixelle").
3. "Bruxelles", "Brussel", "bxl" alone mean the City of Brussels (commune `bruxelles`) unless the
   message names something more precise (another commune, a postal code, a place outside): then
   the word is the Region of the address ("1030 Bruxelles") and is dropped. "Région bruxelloise",
   "Bruxelles-Capitale", "Brussels Gewest" name the Region and give no commune.
4. Postal codes: a four-digit number is read as a postal code only when the context says so (see
   `postal_code_spans`), or when the message is nothing but that number. "Je gagne 1200 €" is not
   Woluwe-Saint-Lambert.
5. "Woluwe" alone, "Saint-Pierre" alone, "Saint-Jean" alone are ambiguous and give nothing.

The words are in communes.csv, postal_codes.csv, places_outside.csv and places_<language>.yaml.
"""

from __future__ import annotations

import functools
import re
from typing import Dict, FrozenSet, Iterable, List, NamedTuple, Optional, Sequence, Set, Tuple

from nlu.lexicon import data
from nlu.lexicon.distance import damerau_levenshtein
from nlu.lexicon.normalization import Folded, Word, fold, key, words
from nlu.lexicon.phrases import phrase_spans

OUTSIDE = "outside_brussels"
REGION_CODES = range(1000, 1300)
BELGIAN_CODES = range(1000, 10000)
# Tolerance for commune names is stricter than the lexicon's general rule: a commune name is
# checked against every word of French and Dutch, not only against the lexicon.
SHORTEST_MISSPELT_NAME = 6
TWO_EDITS_FROM = 10
CANONICAL_SAINT = "st"


class _Alias(NamedTuple):
    words: Tuple[str, ...]
    value: str
    generic: bool


class _Match(NamedTuple):
    start: int  # character offsets in the folded text
    end: int
    value: str
    generic: bool
    first_word: int  # word indexes
    last_word: int


class _Tables(NamedTuple):
    saint: FrozenSet[str]
    aliases_by_first_word: Dict[str, List[_Alias]]
    tolerant_by_initial: Dict[str, List[str]]
    tolerant: FrozenSet[str]
    lookalikes: FrozenSet[str]
    codes: Dict[int, Tuple[str, ...]]
    context: Dict[str, FrozenSet[str]]
    region: Tuple[Tuple[str, ...], ...]
    outside: Tuple[Tuple[str, ...], ...]
    not_in: Tuple[Tuple[str, ...], ...]
    in_brussels: Tuple[Tuple[str, ...], ...]


def _phrases(section: str) -> Tuple[Tuple[str, ...], ...]:
    return tuple(tuple(key(p).split()) for p in data.word_list("places", section))


@functools.lru_cache(maxsize=1)
def _tables() -> _Tables:
    saint = data.word_set("places", "saint")
    aliases: List[_Alias] = []

    def add(text: str, value: str, generic: bool = False) -> None:
        tokens = tuple(CANONICAL_SAINT if w in saint else w for w in key(text).split())
        aliases.append(_Alias(tokens, value, generic))
        if len(tokens) > 1:  # the same name typed without spaces: "stgilles", "woluwestlambert"
            for spelling in sorted(saint):
                glued = "".join(spelling if t == CANONICAL_SAINT else t for t in tokens)
                aliases.append(_Alias((glued,), value, generic))

    tolerant: Set[str] = set()
    for commune in data.communes():
        for name in (commune.name_fr, commune.name_nl) + commune.other_names:
            add(name, commune.id)
        for name in commune.region_names:
            add(name, commune.id, generic=True)
        tolerant.update(commune.typo_tolerant_words)
    for name in data.places_outside():
        add(name, OUTSIDE)
    # Longest first, so "molenbeek st jean" wins over "molenbeek".
    unique = sorted({a.words: a for a in aliases}.values(), key=lambda a: -len(a.words))
    by_first: Dict[str, List[_Alias]] = {}
    for alias in unique:
        by_first.setdefault(alias.words[0], []).append(alias)
    by_initial: Dict[str, List[str]] = {}
    for name in sorted(tolerant):
        by_initial.setdefault(name[0], []).append(name)
    context_sections = ("before_the_verb_jette", "postal_code_words", "living", "residence", "between",
                        "place_hints", "money", "before_money", "fillers")
    return _Tables(
        saint=saint,
        aliases_by_first_word=by_first,
        tolerant_by_initial=by_initial,
        tolerant=frozenset(tolerant),
        lookalikes=data.word_set("lookalikes", "words"),
        codes={int(code): entry.communes for code, entry in data.postal_codes().items()},
        context={**{name: data.word_set("places", name) for name in context_sections},
                 "money_nouns": data.word_set("numbers", "money")},
        region=_phrases("region"),
        outside=_phrases("outside"),
        not_in=_phrases("not_in"),
        in_brussels=_phrases("in_brussels"),
    )


def _canonical(word: str) -> str:
    return CANONICAL_SAINT if word in _tables().saint else word


def _fuzzy_equal(typed: str, name: str) -> bool:
    """A misspelling of a long word of a name (rule 2).

    One edit for names of 7 to 9 letters; two edits from 10 letters, if the first three letters
    and the last one are right ("anderlect", "schaerbek", "ganshorn", "molenbeck").
    """
    tables = _tables()
    if name not in tables.tolerant or len(typed) < SHORTEST_MISSPELT_NAME or not typed.isalpha():
        return False
    if typed in tables.lookalikes or typed[0] != name[0]:
        return False
    distance = damerau_levenshtein(typed, name, 2)
    if distance <= 1:
        return True
    return (distance == 2 and len(name) >= TWO_EDITS_FROM and typed[:3] == name[:3]
            and typed[-1] == name[-1])


def _word_matches(typed: str, name: str) -> Optional[bool]:
    """True for an exact match, False for a fuzzy one, None for no match."""
    if typed == name:
        return True
    if _fuzzy_equal(typed, name):
        return False
    return None


def _candidates(first: str) -> Iterable[_Alias]:
    tables = _tables()
    exact = tables.aliases_by_first_word.get(first, [])
    if exact:
        yield from exact
    for target in tables.tolerant_by_initial.get(first[:1], ()):
        if target != first and abs(len(target) - len(first)) <= 2 and _fuzzy_equal(first, target):
            yield from tables.aliases_by_first_word.get(target, [])


def _name_matches(tokens: List[Word]) -> List[_Match]:
    canon = [_canonical(t.text) for t in tokens]
    before_jette = _tables().context["before_the_verb_jette"]
    matches: List[_Match] = []
    i = 0
    while i < len(tokens):
        best: Optional[Tuple[int, bool, _Alias]] = None  # (length, exact, alias)
        for alias in _candidates(canon[i]):
            n = len(alias.words)
            if i + n > len(tokens):
                continue
            exact: Optional[bool] = True
            for k in range(n):
                found = _word_matches(canon[i + k], alias.words[k])
                if found is None:
                    exact = None
                    break
                exact = exact and found
            if exact is None:
                continue
            if best is None or (n, exact) > (best[0], best[1]):
                best = (n, exact, alias)
        if best is None:
            i += 1
            continue
        n, _, alias = best
        if alias.words == ("jette",) and i > 0 and canon[i - 1] in before_jette:
            i += 1  # "je jette", "on le jette": the verb jeter
            continue
        matches.append(
            _Match(tokens[i].start, tokens[i + n - 1].end, alias.value, alias.generic, i, i + n - 1)
        )
        i += n
    return matches


def _four_digit_codes(folded: str, tokens: List[Word]) -> List[int]:
    """Indexes of words that are a bare four-digit number (no thousands dot, no decimals)."""
    found = []
    for index, token in enumerate(tokens):
        if len(token.text) != 4 or not token.text.isdigit():
            continue
        before = folded[max(0, token.start - 2):token.start]
        after = folded[token.end:token.end + 2]
        if re.search(r"[\d][.,' ]?$", before) or re.match(r"^[.,' ]?\d", after):
            continue  # part of a longer number: "1.030.000", "1030,50", "2 1030"
        if "€" in folded[max(0, token.start - 3):token.end + 3] or "$" in after:
            continue
        found.append(index)
    return found


def _is_money(tokens: List[Word], index: int, folded: str) -> bool:
    context = _tables().context
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if following in context["money"] or following in context["money_nouns"]:
        return True
    after = tokens[index + 2].text if index + 2 < len(tokens) else ""
    if following in context["before_money"] and after in context["money_nouns"]:
        return True  # "1450 de pension"
    gap = folded[tokens[index].end:tokens[index + 1].start] if following else ""
    return "/" in gap  # "1200/mois"


def _postal_context(tokens: List[Word], index: int, matches: List[_Match], folded: str) -> bool:
    """Whether the four-digit number at `index` is clearly a postal code (rule 4)."""
    context = _tables().context
    if _is_money(tokens, index, folded):
        return False
    previous = [t.text for t in tokens[max(0, index - 3):index]]
    if any(w in context["postal_code_words"] for w in previous[-2:]):
        return True
    for match in matches:  # a place name right before or right after: "1030 Schaerbeek"
        if match.first_word == index + 1 or match.last_word == index - 1:
            return True
    neighbours = {tokens[i].text for i in (index - 1, index + 1) if 0 <= i < len(tokens)}
    if neighbours & context["place_hints"]:  # "1200 Woluwe", "1000 Belgique"
        return True
    # A residence word before, with only small words between: "j'habite à 1030", "ik woon in 1080".
    for back in range(index - 1, max(-1, index - 5), -1):
        word = tokens[back].text
        if word in context["living"] or word in context["residence"]:
            return True
        if word not in context["between"]:
            break
    return False


def _only_a_number(tokens: List[Word], index: int) -> bool:
    fillers = _tables().context["fillers"]
    return all(t.text in fillers for i, t in enumerate(tokens) if i != index)


def _code_entity(code: int, start: int, end: int) -> Optional[Dict]:
    communes = _tables().codes.get(code)
    if communes and len(communes) > 1:
        return {"entity": "postal_code", "value": str(code), "start": start, "end": end}
    if communes:
        return {"entity": "commune", "value": communes[0], "start": start, "end": end}
    if code in REGION_CODES:
        return {"entity": "postal_code", "value": str(code), "start": start, "end": end}
    if code in BELGIAN_CODES:
        return {"entity": "commune", "value": OUTSIDE, "start": start, "end": end}
    return None


def _outside_spans(tokens: List[Word]) -> List[Tuple[int, int]]:
    """"Hors de Bruxelles", "buiten Brussel", and a negation before "à Bruxelles"."""
    tables = _tables()
    texts = [t.text for t in tokens]
    spans = [(tokens[i].start, tokens[j - 1].end) for i, j in phrase_spans(texts, tables.outside)]
    for i, j in phrase_spans(texts, tables.in_brussels):
        for negation in tables.not_in:
            n = len(negation)
            if i >= n and tuple(texts[i - n:i]) == negation:
                spans.append((tokens[i - n].start, tokens[j - 1].end))
                break
    return spans


class _Analysis(NamedTuple):
    folded: Folded
    tokens: List[Word]
    matches: List[_Match]
    postal: List[int]
    bare: List[int]
    outside: List[Tuple[int, int]]


def _analyse(text: str) -> _Analysis:
    folded = fold(text)
    tokens = words(folded)
    texts = [t.text for t in tokens]
    outside = _outside_spans(tokens)
    region = [(tokens[i].start, tokens[j - 1].end) for i, j in phrase_spans(texts, _tables().region)]
    covered = region + outside
    matches = [
        m for m in _name_matches(tokens)
        if not any(s <= m.start and m.end <= e for s, e in covered)
    ]
    codes = _four_digit_codes(folded, tokens)
    postal = [i for i in codes if _postal_context(tokens, i, matches, folded)]
    bare = [i for i in codes if i not in postal and _only_a_number(tokens, i)]
    return _Analysis(folded, tokens, matches, postal, bare, outside)


def postal_code_spans(text: str) -> List[Tuple[int, int]]:
    """Spans of four-digit numbers that are clearly postal codes, which are not amounts.

    A four-digit number with no thousands separator, no decimals and no currency is a postal
    code when it follows "code postal" / "cp" / "postcode", when a place name comes right before
    or after it ("1030 Schaerbeek", "Ixelles 1050", "4000 Liège"), or when it follows a residence
    word with only small words between ("j'habite à 1030", "ik woon in 1080"). A number alone in
    the message ("1030") is NOT in this list: it may answer a question about an amount as well.
    """
    analysis = _analyse(text)
    return [analysis.folded.span(analysis.tokens[i].start, analysis.tokens[i].end)
            for i in analysis.postal]


def _unique(entities: Sequence[Dict]) -> List[Dict]:
    seen: Set[Tuple[str, str]] = set()
    unique = []
    for entity in sorted(entities, key=lambda e: e["start"]):
        name = (entity["entity"], entity["value"])
        if name not in seen:
            seen.add(name)
            unique.append(entity)
    return unique


def find_places(text: str) -> List[Dict]:
    """Entities `commune` and `postal_code` in a message (see the module docstring)."""
    folded, tokens, matches, postal, bare, outside = _analyse(text)
    entities: List[Dict] = []
    precise = False
    for start, end in outside:
        entities.append({"entity": "commune", "value": OUTSIDE, "start": start, "end": end})
        precise = True
    code_entities = []
    for index in postal + bare:
        token = tokens[index]
        entity = _code_entity(int(token.text), token.start, token.end)
        if entity is None:
            continue
        named_next_to_it = [
            m for m in matches
            if not m.generic and (m.first_word == index + 1 or m.last_word == index - 1)
        ]
        if entity["entity"] == "postal_code" and named_next_to_it:
            continue  # "1050 Ixelles": the name says which commune
        code_entities.append(entity)
        precise = True
    if any(not m.generic for m in matches):
        precise = True
    for m in matches:
        if m.generic and precise:
            continue  # "1030 Bruxelles": the Region of the address
        entities.append({"entity": "commune", "value": m.value, "start": m.start, "end": m.end})
    entities.extend(code_entities)
    for entity in entities:
        entity["start"], entity["end"] = folded.span(entity["start"], entity["end"])
    return _unique(entities)
