"""`amount(text, language)`: the monthly amount a message gives, and whether it is approximate.

- One amount: "1.450", "1 450" and "1450 €" are 1450, "1250,50" is 1250.5, "mille deux cents" is
  1200; "rien", "pas de revenus" are 0.
- Approximate: "environ 1200", "un peu plus de 900", "vers les 1600", "ongeveer 1300", "rond de
  1000" give the number, with `approximate` (hedges.py).
- A range gives its midpoint, approximate: "entre 1000 et 1200", "de 1000 à 1200", "1000-1200",
  "tussen 1000 en 1200", "van 1000 tot 1200" -> 1100.
- Other periods are made monthly: "par semaine", "per week" (x 52 / 12), "toutes les deux
  semaines", "om de twee weken" (x 26 / 12), "par an", "per jaar" (/ 12); not "l'an dernier".
- Amounts joined by "et", "en", "+" are the household's total: "mon salaire 1400 et mon mari
  touche 1100" is 2500; not when a cost is named beside them ("je gagne 1200 et mon loyer est de
  600").
- Ages ("45 ans"), counts ("2 enfants"), dates, phone numbers, house numbers and postal codes are
  no amounts; nor is a number under 100 beside an amount of 100 or more ("ben 31, 1263 per maand"). Other amounts that make no range nor total ("1200 ou 1300") give None.

The words are in numbers_<language>.yaml (`per`, `ranges`, `sum_joiners`, `costs`, `currency`,
`counted`).
"""

from __future__ import annotations

import functools
import re
from typing import Dict, FrozenSet, List, NamedTuple, Optional, Tuple

from nlu.lexicon import data
from nlu.lexicon.normalization import fold, words
from nlu.lexicon.number_finder import numbers
from nlu.lexicon.phrases import alternation, regex_of
from nlu.lexicon.tolerance import typo_of

# How many months of each period make a month: weeks and fortnights on a year's average.
MONTHS = 12
PER_MONTH = {"month": 1.0, "week": 52 / MONTHS, "two_weeks": 26 / MONTHS, "year": 1 / MONTHS}
# Beside an amount of a hundred or more, a smaller number is an age or a count said in passing
# ("ik ben 66, ... 1500 pensioen").
SMALLEST_BESIDE_AN_AMOUNT = 100
# Where a range's first amount goes in the phrases of `ranges`.
FIRST_AMOUNT = "…"


class Amount(NamedTuple):
    """An amount of money per month, and where the message says it."""

    value: float  # euros per month
    approximate: bool  # a hedge ("environ") or a range
    start: int  # span in the text as typed
    end: int
    period: str  # the period the message says: "month" (also when it says none), "week", ...


class _Rules(NamedTuple):
    periods: List[Tuple[str, "re.Pattern[str]"]]
    ranges: List[Tuple[Optional["re.Pattern[str]"], "re.Pattern[str]"]]
    sum_joiner: "re.Pattern[str]"
    cost: "re.Pattern[str]"
    cost_words: frozenset
    each: "re.Pattern[str]"
    schedule: "re.Pattern[str]"
    point_in_time: "re.Pattern[str]"
    currency: "re.Pattern[str]"


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    periods = [(name, re.compile(alternation(phrases)))
               for name, phrases in data.lists_by_name("numbers", "per").items()]
    currency = alternation(data.word_list("numbers", "currency"))
    ranges = []
    for phrase in data.word_list("numbers", "ranges"):
        opening, _, joining = (part.strip() for part in phrase.partition(FIRST_AMOUNT))
        before = re.compile(regex_of(opening) + r"\s*$") if opening else None
        # The first amount's currency may stand before the joining word: "1000 € à 1200 €".
        between = re.compile(r"^\s*(?:" + currency + r"\s*)?" + regex_of(joining) + r"\s*$")
        ranges.append((before, between))
    return _Rules(periods, ranges, re.compile(alternation(data.word_list("numbers", "sum_joiners"))),
                  re.compile(alternation(data.word_list("numbers", "costs"))),
                  data.word_set("numbers", "costs"), re.compile(alternation(data.word_list("numbers", "each"))),
                  # The unit may be glued to its number ("38u per week").
                  re.compile(r"\d\s*(?:" + "|".join(re.escape(str(fold(w))) for w in data.word_list("numbers", "schedule_units"))
                             + r")\s*$"),
                  # "l'an dernier" is a time, not "per year".
                  re.compile(r"\s*" + alternation(data.word_list("numbers", "not_a_period_before"))),
                  re.compile(currency))


def _is_counted(folded: str, end: int) -> bool:
    """A number followed by a noun counted one by one ("2 enfants") is a count, not an amount."""
    counted = (data.word_set("numbers", "counted") - data.word_set("numbers", "money")
               - data.word_set("numbers", "currency"))
    following = [w.text for w in words(folded[end:])[:1]]
    return bool(following) and (following[0] in counted or bool(typo_of(following[0], counted)))


_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,2}) ?k(\d{1,3})?(?!\w)")


def _followed_by_cost_or_gross(folded: str, end: int) -> bool:
    """The amount ending at `end` is followed by "brut" or by a cost ("800 de loyer", "800 huur"),
    the currency and small linking words aside."""
    skipped = data.word_set("numbers", "currency") | data.word_set("numbers", "cost_links")
    following = [w.text for w in words(re.split(r"[(),;:.!?]", folded[end:])[0])[:4]]
    first = next((w for w in following if w not in skipped), None)
    return first is not None and (first in data.word_set("numbers", "gross") or first in _rules().cost_words)


def named_just_before(text: str, start: int, vocabulary: FrozenSet[str]) -> bool:
    """A word of `vocabulary` stands in the number's own words just before `start` (since the
    previous number or punctuation): "la maison de repos coûte 2100", "huur van 750", "we huren
    een appartement bij een privé-eigenaar voor 900". A verb of having or earning after it
    ("on loue et on a 1350") makes the number the income again."""
    own = [w.text for w in words(fold(re.split(r"[\d,;.!?()]", text[max(0, start - 60):start])[-1]))]
    if not own and _alone_in_its_clause(text, start):
        # "je loue un petit 2 chambres à Anderlecht, 780 € par mois": the amount alone after a
        # comma belongs to the clause before it.
        clause = re.split(r"[.!?;]", text[max(0, start - 90):start])[-1]
        own = [w.text for w in words(fold(clause))]
    named = [i for i, w in enumerate(own) if w in vocabulary]
    after = own[named[-1] + 1:] if named else []
    return bool(named) and not (set(after) & _having() or _HAS.search(" ".join(after)))


def _alone_in_its_clause(text: str, start: int) -> bool:
    """The number at `start` follows a comma and is followed only by its currency and period
    ("…, 780 € par mois, …"), not by words of its own ("…, 1300 de chômage")."""
    if not re.search(r",\s*$", text[max(0, start - 4):start]):
        return False
    number = re.match(r"[\d.,' ]*\d", text[start:])
    rest = fold(re.split(r"[,;.!?()]", text[start + (number.end() if number else 0):])[0])
    rules = _rules()
    for pattern in [rules.currency, *(p for _, p in rules.periods)]:
        rest = pattern.sub(" ", rest)
    return not rest.strip()


# "on a", "il a": the verb avoir (the folded "a" alone is also the place word "à").
_HAS = re.compile(r"\b(on|il|elle|qui|y) a\b")


@functools.lru_cache(maxsize=1)
def _having() -> FrozenSet[str]:
    # "a" alone is also the place word "à", folded: "on loue un appartement à 950".
    return frozenset(w for w in data.word_set("numbers", "have_or_earn") if len(w) > 1)


def _gross_just_before(folded: str, start: int) -> bool:
    """"1620 netto, bruto 2100": the amount right after "brut" / "bruto" is the gross one."""
    skipped = data.word_set("numbers", "currency") | data.word_set("numbers", "cost_links")
    before = [w.text for w in words(re.split(r"[\d,;.!?()]", folded[max(0, start - 25):start])[-1])]
    while before and before[-1] in skipped:
        before.pop()
    return bool(before) and before[-1] in data.word_set("numbers", "gross")


def _each(folded: str) -> bool:
    return _rules().each.search(folded) is not None


def _range(folded: str, first: Dict, second: Dict) -> Optional[int]:
    """Where the range of two amounts starts in the folded text, or None if they make none."""
    gap = folded[first["end"]:second["start"]]
    before = folded[:first["start"]]
    for opening, between in _rules().ranges:
        if not between.match(gap):
            continue
        if opening is None:
            return first["start"]
        found = opening.search(before)
        if found:
            return found.start()
    return None


def _is_total(folded: str, spans: List[Tuple[int, int]]) -> bool:
    """Amounts joined by "et", "en", "+" are the household's total: "mon salaire 1400 et mon mari
    touche 1100", unless the message names a cost beside them ("et mon loyer 600")."""
    rules = _rules()
    if rules.cost.search(folded):
        return False
    return all(rules.sum_joiner.search(folded[a[1]:b[0]]) for a, b in zip(spans, spans[1:]))


def _period(folded: str) -> str:
    """The period the message says its money comes by; "25 uur per week" is a schedule, not pay."""
    rules = _rules()
    named = {name for name, pattern in rules.periods
             if any(not rules.schedule.search(folded[:m.start()]) and not rules.point_in_time.match(folded[m.end():])
                    for m in pattern.finditer(folded))}
    return named.pop() if len(named) == 1 else "month"


def amount(text: str, language: Optional[str] = None) -> Optional[Amount]:
    """The monthly amount `text` gives, or None (see the module docstring)."""
    folded = fold(text or "")
    found = [
        e for e in numbers(folded.source, language)
        if e.get("unit") not in ("year", "month", "date") and isinstance(e["value"], (int, float)) and e["value"] >= 0
    ]
    # Work on folded offsets: the entities' spans are in the text as typed.
    spans = {id(e): folded.inner(e["start"], e["end"]) for e in found}
    candidates = [e for e in found if not _is_counted(folded, spans[id(e)][1])]
    thousands = _THOUSANDS.search(folded)
    if thousands and not any(e["value"] >= SMALLEST_BESIDE_AN_AMOUNT for e in candidates):
        # "1k5", "2k": thousands as people text them.
        value = int(thousands.group(1)) * 1000 + int((thousands.group(2) or "0").ljust(3, "0"))
        start, end = folded.span(thousands.start(), thousands.end())
        return Amount(float(value), False, start, end, "month")
    # "1800 brut… net 1450", "1350, et je paie 800 de loyer": the gross amount and a cost are no income.
    kept = [e for e in candidates if not _followed_by_cost_or_gross(folded, spans[id(e)][1])
            and not named_just_before(folded, spans[id(e)][0], _rules().cost_words)
            and not _gross_just_before(folded, spans[id(e)][0])]
    if candidates and not kept:
        return None  # "on paie 1100 de loyer": the only amount is a cost
    candidates = kept
    period = _period(folded)
    factor = PER_MONTH[period]
    if len(candidates) == 2:
        first, second = ({"start": spans[id(e)][0], "end": spans[id(e)][1]} for e in candidates)
        start = _range(folded, first, second)
        if start is not None:
            low, high = candidates[0]["value"], candidates[1]["value"]
            first_span = folded.span(start, second["end"])
            return Amount(round((low + high) / 2 * factor, 2), True, first_span[0], first_span[1], period)
    if any(e.get("unit") == "euro" for e in candidates):
        candidates = [e for e in candidates if e.get("unit") == "euro"]
    if any(e["value"] >= SMALLEST_BESIDE_AN_AMOUNT for e in candidates):
        candidates = [e for e in candidates if e["value"] >= SMALLEST_BESIDE_AN_AMOUNT]
    if len(candidates) >= 2 and _is_total(folded, [spans[id(e)] for e in candidates]):
        total = sum(e["value"] for e in candidates)
        approximate = any(e.get("approximate") for e in candidates)
        return Amount(round(total * factor, 2), approximate, candidates[0]["start"], candidates[-1]["end"], period)
    values = {e["value"] for e in candidates}
    if len(values) != 1:
        return None
    chosen = candidates[0]
    if len(candidates) == 1 and _each(folded):
        factor *= 2  # "ma femme et moi 1250 chacun": the household has twice the amount
    return Amount(round(chosen["value"] * factor, 2), bool(chosen.get("approximate")),
                  chosen["start"], chosen["end"], period)

