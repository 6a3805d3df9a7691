"""Whether a number is said approximately: "environ 1200", "un peu plus de 900", "900 ofzo",
"ongeveer 1300", "rond de 1000", "+- 900", "une centaine", "een twintigtal".

The words are in numbers_<language>.yaml: `about_before`, `about_symbols`, `about_then`,
`about_after`, `about_nouns`.
"""

from __future__ import annotations

import functools
import re
from typing import Dict, List, NamedTuple

from nlu.lexicon import data
from nlu.lexicon.phrases import alternation

# How far before and after a number a hedge may stand ("dans les environs de 900").
LOOK_BEFORE = 30
LOOK_AFTER = 40


class _Patterns(NamedTuple):
    before: "re.Pattern[str]"
    after: "re.Pattern[str]"
    nouns: "re.Pattern[str]"
    noun_values: Dict[str, float]


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    words = functools.partial(data.word_list, "numbers")
    hedge_before = alternation(words("about_before") + words("about_symbols"))
    then = alternation(words("about_then"))
    # Between the number and a hedge after it: its currency or "per month" ("900 € environ").
    between = alternation(words("currency") + data.lists_by_name("numbers", "per")["month"])
    hedge_after = alternation(words("about_after") + words("about_symbols"))
    nouns = data.number_map("numbers", "about_nouns")
    ones = [w for w, v in data.number_map("numbers", "words").items() if v == 1]
    return _Patterns(
        before=re.compile(hedge_before + r"\s*(?:" + then + r"\s*)?$"),
        after=re.compile(r"^\s*(?:" + between + r")?\s*,?\s*" + hedge_after),
        nouns=re.compile(
            r"\b(?:(?:" + "|".join(sorted(ones)) + r")\s+)?(" + "|".join(sorted(nouns)) + r")s?\b"),
        noun_values=nouns,
    )


def is_approximate(folded: str, start: int, end: int) -> bool:
    """Whether the number at `start`-`end` of a folded text has a hedge before or after it."""
    patterns = _patterns()
    before = folded[max(0, start - LOOK_BEFORE):start]
    after = folded[end:end + LOOK_AFTER]
    return bool(patterns.before.search(before) or patterns.after.match(after))


def about_nouns(folded: str) -> List[Dict]:
    """Entities `number` for "une centaine", "een twintigtal" (approximate)."""
    patterns = _patterns()
    return [
        {"entity": "number", "value": int(patterns.noun_values[m.group(1)]), "start": m.start(),
         "end": m.end(), "approximate": True}
        for m in patterns.nouns.finditer(folded)
    ]
