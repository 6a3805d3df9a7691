"""Yes, no, "I don't know" and "I'd rather not say", in French, Dutch, SMS style or mixed.

`find_answer(text)` returns at most one entity `answer` (a dict with entity, value, start, end),
`value` being `yes`, `no`, `dont_know` or `rather_not_say`.

Only a message that is essentially an answer gives one: the answer expression must open the
message, after optional fillers ("euh", "bah", "ben", "alors", "ah", "nou", "awel", "tja",
"malheureusement", "helaas", "je pense que", "ik denk") and punctuation. What follows does not
matter: "non, j'ai 45 ans" is `no` (and the number extractor reads 45: both entities are emitted, the
form sees a correction), "ja ik heb 2 kinderen" is `yes`. A yes or no in the middle of a sentence
("j'ai dit oui à mon patron") is not an answer to the bot's question and gives nothing; only "I don't
know" may also close the message as its last clause ("c'est dans les charges, je sais pas").

Where several expressions start at the same place, the longest wins ("je ne sais pas" over nothing,
"liever niet" over "niet", "pas du tout" over "pas"); at equal length the more cautious value wins:
rather_not_say, then dont_know, then no, then yes.

Words such as "si" (French yes after a negative question, and "if") and "wé" (French SMS yes, and
Dutch "we") count only when they are the whole answer ("si", "si !", "wé.").

The expressions are in answers_<language>.yaml (`patterns`, `fillers`).
"""

from __future__ import annotations

import functools
import re
from typing import Dict, List, NamedTuple, Optional, Tuple

from nlu.lexicon import data
from nlu.lexicon.normalization import fold

YES, NO, DONT_KNOW, RATHER_NOT_SAY = "yes", "no", "dont_know", "rather_not_say"
_PRIORITY = {RATHER_NOT_SAY: 3, DONT_KNOW: 2, NO: 1, YES: 0}

# The end of an answer: a word's end, so "ok" does not match in "okapi" nor "ja" in "jaar".
_B = r"(?![a-z0-9])"
_PUNCTUATION = r"[\s.!?,;:\-…'\"()]+"


class _Patterns(NamedTuple):
    answers: List[Tuple[str, "re.Pattern[str]"]]
    filler: "re.Pattern[str]"


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    answers: List[Tuple[str, "re.Pattern[str]"]] = []
    fillers: List[str] = []
    for language in data.LANGUAGES:
        content = data.kind_file("answers", language)
        name = f"answers_{language}.yaml"
        for value, patterns in content.get("patterns", {}).items():
            if value not in _PRIORITY:
                raise data.LexiconDataError(f"{name}: {value!r} is not an answer")
            for pattern in data.checked_words(name, f"patterns: {value}", patterns):
                compiled = (value, re.compile(f"(?:{pattern})" + _B))
                if compiled not in answers:
                    answers.append(compiled)
        fillers.extend(f for f in data.word_list("answers", "fillers", language) if f not in fillers)
    filler = re.compile(f"(?:{_PUNCTUATION}|(?:{'|'.join(fillers)})(?![a-z]))")
    return _Patterns(answers, filler)


def _starts(folded: str) -> List[int]:
    """Positions where an answer may start: 0 and after each filler at the head of the message."""
    filler = _patterns().filler
    positions = [0]
    position = 0
    while True:
        m = filler.match(folded, position)
        if not m or m.end() == position:
            break
        position = m.end()
        positions.append(position)
    return positions


def _best_at(folded: str, starts: List[int]) -> Optional[Tuple[int, int, str]]:
    """The answer expression at the first of `starts` where there is one: (start, end, value)."""
    for start in starts:
        best: Optional[Tuple[int, int, str]] = None
        for value, pattern in _patterns().answers:
            m = pattern.match(folded, start)
            if not m or m.end() == start:
                continue
            key = (m.end() - start, _PRIORITY[value])
            # The longest match; then the most cautious value.
            if best is None or key > (best[1] - best[0], _PRIORITY[best[2]]):
                best = (start, m.end(), value)
        if best is not None:
            return best
    return None


def _dont_know_at_the_end(plain: str) -> Optional[Tuple[int, int, str]]:
    """"C'est compris dans les charges, je sais pas", "zit in de huur, ik weet het niet": a last
    clause that is only "I don't know" answers, after words that say why."""
    clause = list(re.finditer(r"[,.;:!?]\s*", plain.rstrip(" .!?")))
    if not clause:
        return None
    start = clause[-1].end()
    found = _best_at(plain, [start])
    if found is None or found[2] != DONT_KNOW or plain[found[1]:].strip(" .!?") != "":
        return None
    return found


def find_answer(text: str) -> Optional[Dict]:
    """The entity `answer` of a message that is essentially an answer, or None."""
    if not text:
        return None
    folded = fold(text)
    plain = folded.replace("'", " ")  # "c'est", "d'acc", "j'sais": same length
    found = _best_at(plain, _starts(plain))
    if found is None:
        found = _dont_know_at_the_end(plain)
    if found is None:
        return None
    start, end, value = found
    # The same answer said twice, or in both languages, is one answer: "ok ja", "non non".
    while True:
        gap = re.match(r"[\s.!?,;:\-]*", plain[end:]).end()
        following = _best_at(plain, [end + gap]) if gap else None
        if following is None or following[2] != value:
            break
        end = following[1]
    start, end = folded.span(start, end)
    return {"entity": "answer", "value": value, "start": start, "end": end}
