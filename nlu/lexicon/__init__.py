"""The words Iris understands, and the one way of reading them (no Rasa, no spaCy: both the Rasa
server and the action server import it).

Data, one file per kind and language in this folder: communes.csv, postal_codes.csv,
places_outside.csv, and <kind>_fr.yaml / <kind>_nl.yaml for aids, answers, children, claims,
compounds (nl only), facts, handoff_code, household, housing, income_sources, lookalikes,
markers, not_asked, numbers, outcomes, papers, places, plan, proxies, reasons, receiving,
requests and waiting_list; each file's comments say what its words mean and who reads them.

- `fold`, `normalize`, `key`, `words`: the one normalisation (normalization.py).
- `find(kind, text, language=None)`: the values a text names, with their spans (lookup.py),
  misspellings and Dutch compounds included.
- `find_places(text)`, `postal_code(code)`: communes and postal codes (places.py, data.py).
- `find_answer(text)`: yes, no, don't know, rather not say (answers.py).
- `numbers(text, language)`, `amount(text, language)`, `count(...)`, `age(...)`: numbers in
  digits and words, a monthly amount, a count, an age (numbers.py, amounts.py, counts.py).
"""

from __future__ import annotations

from typing import Optional

from nlu.lexicon.amounts import Amount, amount
from nlu.lexicon.answers import find_answer
from nlu.lexicon.counts import age, count
from nlu.lexicon.data import LexiconDataError, PostalCode, communes, postal_codes
from nlu.lexicon.lookup import Found, find
from nlu.lexicon.normalization import Folded, fold, key, normalize, words
from nlu.lexicon.number_finder import numbers
from nlu.lexicon.places import find_places, postal_code_spans

__all__ = [
    "Amount", "Folded", "Found", "LexiconDataError", "PostalCode", "age", "amount", "communes",
    "count", "find", "find_answer", "find_places", "fold", "key", "normalize", "numbers",
    "postal_code", "postal_code_spans", "postal_codes", "words",
]


def postal_code(code: str) -> Optional[PostalCode]:
    """The communes of a postal code of the Region ("1050" -> ixelles, bruxelles; shared), or
    None for a code that is no commune's (outside the Region, or an institution's)."""
    return postal_codes().get(str(code).strip())
