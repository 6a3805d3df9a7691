"""Numbers and amounts in what residents type, in digits or in words, French or Dutch.

`numbers(text, language)` returns entities `number` (dicts with entity, value, start, end;
`value` an int when whole, else a float), with two optional keys:

- `"approximate": True` for "dans les 900", "environ 900", "+- 900", "ongeveer 900", "ca. 900",
  "900 ofzo", "une centaine", "een twintigtal" (French "ça" is not "ca."): see hedges.py;
- `"unit": "euro"` next to €, EUR, euro(s), balles; `"unit": "year"` before ans / jaar;
  `"unit": "month"` before mois / maand(en) ("un bébé de 8 mois"); `"unit": "date"` for a year
  said as a date ("en 2021", "sinds 2018", "juin 2020"): no amount, no age.

Digits. "1.250" and "1 250" and "1,250" are 1250 (a dot, a space or a comma followed by exactly
three digits separates thousands, the Belgian way); "1250,50", "1.250,50" and "12.5" carry
decimals (one or two digits after the separator); "2k" / "1,5k" are thousands; "1250,-" is 1250.
Numbers starting with 0 ("0475...") are phone numbers, not amounts; dates ("12/03/1980") and phone
numbers give nothing, and so do house numbers next to a street word ("au 25 rue Haute", "rue
Haute 296", "Ninoofsesteenweg 12 bus 3").

Words (number_words.py): French with the Belgian forms (septante, huitante, nonante,
quatre-vingt-dix, soixante-douze) and Dutch with compounds (twaalfhonderd, tweeëntwintig); the
message is read in its language first, then in the other one, so mixed messages work. Spoken
French drops "cents" after mille: "mille deux" is read as 1200, not 1002. "un", "une", "een" are
articles far more often than numbers: they count as 1 only before a countable word ("un enfant",
"een kind", "une fille"), alone, or first and followed by a comma ("un, ma fille de 7 ans");
"één" with accents is always 1. "À deux", "tous les deux" are
not counts.

Zero. "0", "zéro" are 0. "rien", "aucun(e)", "geen", "niks", "niets", "nul", "nada" are 0 only when
the message is about an amount or a count: the word alone ("rien", "non rien", "geen"), before a
countable word ("aucun enfant", "geen kinderen", "nul euro"; misspelt too: "aucun enfent", "geen
kinderne"),
or after a verb of having or earning with nothing but small words after it ("je gagne rien",
"ik verdien niks per maand", "j'ai rien"; not "ik heb geen werk"). "Pas de / sans / zonder" before
a countable word ("pas d'enfants", "sans revenus", "zonder inkomen") is 0 as well. "Je sais rien",
"de rien", "geen idee", "c'est nul" give nothing. A zero said twice ("niks, nada") is one entity.

Postal codes. A four-digit number that is clearly a postal code is not a number: it follows "code
postal" / "cp" / "postcode", a place name comes right before or after it ("1030 Schaerbeek",
"4000 Liège"), or it follows a residence word ("j'habite à 1030", "ik woon in 1080"); see
`places.postal_code_spans`. A four-digit number alone ("1030") stays a number: it may answer a
question about income, and the commune reader reads it as a postal code too; the question that
was asked picks the one it needs.

The words are in numbers_<language>.yaml and answers_<language>.yaml (`none`).
"""

from __future__ import annotations

import functools
import re
from typing import Dict, FrozenSet, Iterable, List, NamedTuple, Optional, Sequence, Tuple

from nlu.lexicon import data, hedges, number_words
from nlu.lexicon.normalization import Folded, fold, words
from nlu.lexicon.phrases import alternation
from nlu.lexicon.places import postal_code_spans
from nlu.lexicon.tolerance import typo_of

LANGUAGES = ("fr", "nl")
Span = Tuple[int, int]


class _Words(NamedTuple):
    counted: FrozenSet[str]
    countable: FrozenSet[str]  # counted nouns and nouns of an amount
    adjectives: FrozenSet[str]
    zero: FrozenSet[str]
    not_always_zero: FrozenSet[str]
    have_or_earn: FrozenSet[str]
    fillers: FrozenSet[str]
    not_zero_with: FrozenSet[str]
    ones: FrozenSet[str]
    always_one: FrozenSet[str]
    twos: FrozenSet[str]
    together_before_two: FrozenSet[str]
    hundreds: FrozenSet[str]
    coin_before: FrozenSet[str]
    spoken_units: Dict[str, int]
    thousand: FrozenSet[str]
    street: FrozenSet[str]
    street_endings: Tuple[str, ...]
    currency_after: "re.Pattern[str]"
    currency_before: "re.Pattern[str]"
    years_after: "re.Pattern[str]"
    months_after: "re.Pattern[str]"
    before_a_year: FrozenSet[str]
    ordinal_after: "re.Pattern[str]"
    without: "re.Pattern[str]"
    no_money: "re.Pattern[str]"
    groups: "re.Pattern[str]"
    group_values: Dict[str, float]


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    section = functools.partial(data.word_set, "numbers")
    numbers_fr = data.number_map("numbers", "words", "fr")
    all_numbers = data.number_map("numbers", "words")
    currency = data.word_list("numbers", "currency") + data.word_list("numbers", "currency_marks")
    years = data.word_list("numbers", "years")
    glued = data.word_list("numbers", "years_glued")
    without = alternation(data.word_list("numbers", "without"))
    articles = alternation(data.word_list("numbers", "without_articles"))
    alone = alternation(data.word_list("numbers", "without_adjectives"))
    return _Words(
        counted=section("counted"),
        countable=section("counted") | section("money"),
        adjectives=section("adjectives"),
        zero=data.word_set("answers", "none"),
        not_always_zero=section("not_always_zero"),
        have_or_earn=section("have_or_earn"),
        fillers=section("fillers") | data.word_set("answers", "none"),
        not_zero_with=section("not_zero_with"),
        ones=frozenset(w for w, v in all_numbers.items() if v == 1),
        always_one=frozenset(w.lower() for w in data.word_list("numbers", "always_one")),
        twos=frozenset(w for w, v in all_numbers.items() if v == 2),
        together_before_two=section("together_before_two"),
        hundreds=frozenset(w for w, v in all_numbers.items() if v == 100),
        coin_before=section("coin_before"),
        spoken_units={w: int(v) for w, v in numbers_fr.items() if 2 <= v <= 9},
        thousand=frozenset(w for w, v in numbers_fr.items() if v == 1000),
        street=section("street"),
        street_endings=tuple(section("street_endings")),
        currency_after=re.compile(r"^\s?" + alternation(currency)),
        currency_before=re.compile(alternation(data.word_list("numbers", "currency_before")) + r"\s?$"),
        years_after=re.compile(r"^(?:\s?" + alternation(years) + "|" + alternation(glued) + ")"),
        months_after=re.compile(r"^\s?" + alternation(data.word_list("numbers", "months"))),
        before_a_year=section("before_a_year"),
        ordinal_after=re.compile("^" + alternation(data.word_list("numbers", "ordinal_endings"))),
        without=re.compile(
            without + r"\s+(?:" + articles + r"\s*)?(?:" + alone + r"\s+)?([a-z]+)"),
        no_money=re.compile(alternation(data.word_list("numbers", "no_money"))),
        groups=re.compile(r"(?:" + alternation(data.word_list("numbers", "group_articles")) + r"\s+)?("
                          + alternation(data.number_map("numbers", "group_nouns")) + ")"),
        group_values=data.number_map("numbers", "group_nouns"),
    )


_DIGITS = re.compile(
    r"(?<![\d])"
    r"(?P<int>\d{1,3}(?P<sep>[.,' ])\d{3}(?:(?P=sep)\d{3})*(?!\d)|\d+)"
    r"(?:(?P<decsep>[.,])(?P<dec>\d{1,2})(?!\d))?"
    r"(?P<k>\s?k\b)?"
)
_DATE = re.compile(r"(?<!\d)(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?\d{2,4}(?!\d)|(?<![\d.,])(\d{1,2})/(\d{1,2})(?![\d/])")


def _is_date(match: "re.Match[str]") -> bool:
    """A day and a month that exist: "12 - 13 - 16" is three ages, "12/03/1980" a date."""
    day, month = [int(g) for g in match.groups() if g is not None][:2]
    return 1 <= day <= 31 and 1 <= month <= 12


_PHONE = re.compile(
    r"(?:\+|00)\s?32[\s./]?\d{1,3}(?:[\s./]?\d{2,3}){2,4}"
    r"|(?<!\d)0\d{1,3}(?:[\s./]?\d{2,3}){2,4}(?!\d)"
)
_WORD_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*|\d+|[^\sa-z\d]")
# "2e enfant" is an ordinal, but "900e" is 900 euros.
_EURO_SUFFIX_FROM_DIGITS = 3


def _as_number(value: float):
    return int(value) if float(value).is_integer() else round(float(value), 2)


def _overlaps(start: int, end: int, spans: Iterable[Span]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _entity(value, start: int, end: int, **extra) -> Dict:
    entity = {"entity": "number", "value": _as_number(value), "start": start, "end": end}
    entity.update({k: v for k, v in extra.items() if v})
    return entity


def _unit(folded: str, start: int, end: int) -> Optional[str]:
    table = _words()
    if table.currency_after.match(folded[end:]) or table.currency_before.search(folded[max(0, start - 6):start]):
        return "euro"
    if table.years_after.match(folded[end:]):
        return "year"
    if _a_date(folded, start, end):
        return "date"
    if table.months_after.match(folded[end:]):
        return "month"
    return None


# The years a story dates things by: "en 2021 j'ai fait un burn-out", "sinds 2018".
FIRST_YEAR, LAST_YEAR = 1950, 2039


def _a_date(folded: str, start: int, end: int) -> bool:
    """A year said as a date ("en 2021", "depuis 2019", "juin 2020", "sinds 2018"), which is no
    amount: a word of time right before it, and no number before that word ("entre 1800 en 2000"
    is a range, read in Dutch)."""
    said = folded[start:end]
    if not (said.isdigit() and len(said) == 4 and FIRST_YEAR <= int(said) <= LAST_YEAR):
        return False
    before = [w.text for w in words(folded[max(0, start - 40):start])]
    if not before or before[-1] not in _words().before_a_year:
        return False
    return len(before) < 2 or not before[-2].isdigit()


def _street_numbers(folded: str) -> List[Span]:
    """House and box numbers: a number right before or shortly after a street word.

    "j'habite au 25 rue Haute", "rue Haute 296", "Ninoofsesteenweg 12 bus 3".
    """
    table = _words()
    spans = []
    tokens = words(folded)
    for index, token in enumerate(tokens):
        if not token.text.isdigit() or len(token.text) > 4:
            continue
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if following in data.word_set("numbers", "counted"):
            continue  # "chauffeur de bus et nos 3 enfants": a count, whatever street word came before
        before = [t.text for t in tokens[max(0, index - 4):index]]
        glued = [t.text for t in tokens[max(0, index - 3):index] if t.text.endswith(table.street_endings)]
        if following in table.street or any(w in table.street for w in before) or glued:
            if not table.currency_after.match(folded[token.end:]):
                spans.append((token.start, token.end))
    return spans


def _digit_numbers(folded: str, masked: List[Span]) -> List[Dict]:
    found = []
    for m in _DIGITS.finditer(folded):
        start, end = m.start(), m.end("dec") if m.group("dec") else m.end("int")
        if _overlaps(start, end, masked):
            continue
        integer, separator = m.group("int"), m.group("sep")
        if integer.startswith("0") and len(integer) > 1 and not separator:
            continue  # a phone number or an identifier, not an amount
        after = folded[end:]
        if _words().ordinal_after.match(after) and not (
                after[:1] == "e" and len(integer) >= _EURO_SUFFIX_FROM_DIGITS):
            continue  # "2e enfant", "1er"
        value = float(integer.replace(separator, "") if separator else integer)
        if m.group("dec"):
            value += float("0." + m.group("dec"))
        if m.group("k"):
            value *= 1000
            end = m.end("k")
        found.append(_entity(value, start, end, unit=_unit(folded, start, end)))
    return found


class _Token(NamedTuple):
    text: str
    start: int
    end: int


def _word_tokens(folded: str) -> List[_Token]:
    # Digits are read apart and break a sequence of words: "§" is no number word.
    return [_Token("§" if m.group().isdigit() else m.group(), m.start(), m.end())
            for m in _WORD_TOKEN.finditer(folded)]


def _spoken_thousands(tokens: Sequence[str], value: float) -> float:
    """Spoken French drops "cents" after mille: "mille deux" is 1200, "deux mille cinq" 2500.

    Nobody earns or pays exactly 1002 euros; "je gagne mille deux" means 1200.
    """
    table = _words()
    if len(tokens) >= 2 and tokens[-2] in table.thousand and tokens[-1] in table.spoken_units:
        unit = table.spoken_units[tokens[-1]]
        return value - unit + 100 * unit
    return value


def _followed_by_countable(folded: str, end: int, nouns: Optional[FrozenSet[str]] = None) -> bool:
    table = _words()
    nouns = table.countable if nouns is None else nouns
    for word in [w.text for w in words(folded[end:])[:3]]:
        if word in nouns or typo_of(word, nouns):
            return True
        if word not in table.adjectives and word not in {"d", "de"}:
            return False
    return False


def _alone(folded: str, start: int, end: int, fillers: FrozenSet[str]) -> bool:
    others = [w.text for w in words(folded[:start] + " " + folded[end:])]
    return all(w in fillers for w in others)


def _opens_the_reply(folded: str, start: int, end: int) -> bool:
    """"Un, ma fille de 7 ans": a word said first and followed by a comma is the answer itself."""
    before = [w.text for w in words(folded[:start])]
    return all(w in _words().fillers for w in before) and bool(re.match(r"\s*[,;:.!]", folded[end:]))


def _word_numbers(folded: Folded, language: str, masked: List[Span], language_known: bool = True) -> List[Dict]:
    table = _words()
    tokens = _word_tokens(folded)
    texts = [t.text for t in tokens]
    order = [language] + [other for other in LANGUAGES if other != language]
    candidates = []
    for rank, lang in enumerate(order):
        for occurrence in number_words.read(texts, lang):
            if rank and language_known and occurrence.end - occurrence.start == 1 \
                    and texts[occurrence.start] in data.word_set("numbers", "not_numbers_here", language):
                continue  # "onze oudste" in Dutch: "our", not the French 11
            first, last = tokens[occurrence.start], tokens[occurrence.end - 1]
            value = occurrence.value
            if lang == "fr":
                value = _spoken_thousands(texts[occurrence.start:occurrence.end], value)
            candidates.append((first.start, last.end, value, rank))
    # Longest span first, then the message's language.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[3], c[0]))
    chosen: List[Tuple[int, int, float]] = []
    for start, end, value, _ in candidates:
        if not _overlaps(start, end, [(s, e) for s, e, _ in chosen]):
            chosen.append((start, end, value))
    found = []
    for start, end, value in sorted(chosen):
        if _overlaps(start, end, masked):
            continue
        word = folded[start:end]
        if word in table.ones:
            accented = folded.original(start, end).lower() in table.always_one
            if not (accented or _followed_by_countable(folded, end, table.counted)
                    or _alone(folded, start, end, table.fillers) or _opens_the_reply(folded, start, end)):
                continue
        if word in table.not_always_zero and not _zero_in_context(folded, start, end):
            continue
        previous = [w.text for w in words(folded[:start])[-3:]]
        if word in table.twos and previous and previous[-1] in table.together_before_two:
            continue  # "à deux", "tous les deux", "nous deux": together, not a count
        if word in table.hundreds and previous and previous[-1] in table.coin_before:
            continue  # "geen cent", "pas un cent": the coin, read as zero below
        found.append(_entity(value, start, end, unit=_unit(folded, start, end)))
    return found


def _group_nouns(folded: str) -> List[Dict]:
    """"Des jumeaux", "een tweeling": nouns that say how many by themselves."""
    table = _words()
    return [_entity(table.group_values[m.group(1)], m.start(), m.end()) for m in table.groups.finditer(folded)]


def _zero_in_context(folded: str, start: int, end: int) -> bool:
    """Whether a word such as "rien", "geen", "nul" means the amount or count 0 here."""
    table = _words()
    if any(w.text in table.not_zero_with for w in words(folded)):
        return False
    before = [w.text for w in words(folded[:start])]
    if before and before[-1] in {"de", "d"} and folded[start:end] == "rien":
        return False  # "de rien"
    if _followed_by_countable(folded, end):
        return True
    if _alone(folded, start, end, table.fillers):
        return True
    # After a verb of having or earning, when nothing but small words follow: "je gagne rien",
    # "ik verdien niks per maand"; but "ik heb geen werk" is not an amount.
    # Only the words of the same clause: "j'ai plus rien, je vis seul" is 0.
    following = [w.text for w in words(re.split(r"[,.;!?]", folded[end:], maxsplit=1)[0])[:3]]
    if any(w not in table.fillers for w in following):
        return False
    return any(w in table.have_or_earn for w in before[-3:])


def _zero_numbers(folded: str, taken: List[Span]) -> List[Dict]:
    table = _words()
    found: List[Dict] = []

    def free(start: int, end: int) -> bool:
        return not _overlaps(start, end, taken + [(e["start"], e["end"]) for e in found])

    for word in words(folded):
        said_zero = word.text in table.zero or typo_of(word.text, table.zero)
        if said_zero and free(word.start, word.end):
            if _zero_in_context(folded, word.start, word.end):
                found.append(_entity(0, word.start, word.end))
    for m in table.no_money.finditer(folded):
        if free(m.start(), m.end()):
            found.append(_entity(0, m.start(), m.end(), unit="euro"))
    for m in table.without.finditer(folded):
        noun = m.group(1)
        if (noun in table.countable or typo_of(noun, table.countable)) and free(m.start(), m.end()):
            found.append(_entity(0, m.start(), m.end(1)))
    # "niks, nada", "rien de rien": one zero said twice is one zero.
    merged: List[Dict] = []
    for entity in sorted(found, key=lambda e: e["start"]):
        if merged and re.fullmatch(r"[\s,.;:!-]*(?:de\s+)?", folded[merged[-1]["end"]:entity["start"]]):
            merged[-1]["end"] = entity["end"]
            continue
        merged.append(entity)
    return merged


def numbers(text: str, language: Optional[str] = None, postal_codes: bool = True) -> List[Dict]:
    """Entities `number` in `text` (see the module docstring for the rules).

    `postal_codes=False` keeps the numbers that the context makes postal codes.
    """
    if not text:
        return []
    # Only a language the message was seen to be written in makes its words no numbers of the other.
    known = language in LANGUAGES
    language = language if known else "fr"
    folded = fold(text)
    masked = [(m.start(), m.end()) for m in _DATE.finditer(folded) if _is_date(m)]
    masked += [(m.start(), m.end()) for m in _PHONE.finditer(folded)]
    if postal_codes:
        masked += [folded.inner(start, end) for start, end in postal_code_spans(text)]
    masked += _street_numbers(folded)
    entities = hedges.about_nouns(folded) + _group_nouns(folded)
    taken = [(e["start"], e["end"]) for e in entities]
    for entity in _digit_numbers(folded, masked) + _word_numbers(folded, language, masked, known):
        if not _overlaps(entity["start"], entity["end"], taken):
            entities.append(entity)
            taken.append((entity["start"], entity["end"]))
    entities += _zero_numbers(folded, taken)
    for entity in entities:
        if hedges.is_approximate(folded, entity["start"], entity["end"]):
            entity["approximate"] = True
        entity["start"], entity["end"] = folded.span(entity["start"], entity["end"])
    entities.sort(key=lambda e: e["start"])
    return entities

