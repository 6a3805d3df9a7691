"""Whether a message asks for social housing ("je cherche un logement social", "we wachten op een
sociale woning") rather than says the person lives in it: a word of seeking, then social
housing within a few words (nlu/lexicon/waiting_list_<language>.yaml). Pure."""

from __future__ import annotations

import functools
import re

from actions.screening.lexicon_phrases import one_of
from nlu.lexicon import key

# Words allowed between the seeking word and social housing ("cherche depuis deux ans un ...").
BETWEEN = 5


@functools.lru_cache(maxsize=None)
def _pattern() -> re.Pattern:
    return re.compile(r"(?<!\S)%s(?: \S+){0,%d} %s(?!\S)"
                      % (one_of("waiting_list", "seeking"), BETWEEN, one_of("waiting_list", "social_housing")))


# Within one clause: "je cherche du travail, j'habite un logement social" seeks work, not housing.
_CLAUSES = re.compile(r"[,;.!?\n]+")


def seeks_social_housing(text: str) -> bool:
    return any(_pattern().search(key(clause)) for clause in _CLAUSES.split(text or ""))
