"""A first message written for someone else: "c'est pour ma grand-mère, elle a 83 ans, elle vit
seule", "ik vraag dit voor mijn vader van 79", "mijn schoonmoeder is 74, ze woont bij ons".

The person screened is then that relative. Their age is the one said of them, and the writer's own
household ("moi, mon mari et nos enfants") is not theirs: the relative who lives in the writer's
home lives with family, and a partner is theirs only when said so ("sa femme", "zijn vrouw").
The words are in nlu/lexicon/proxies_<language>.yaml (units of years in numbers_<language>.yaml);
which word may follow which is written here. Pure.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from nlu.lexicon import find, key
from nlu.lexicon.data import word_list
from nlu.lexicon.phrases import alternation

# How far after the relative their age may be said: "ma grand-mère, elle a 83 ans".
AGE_WITHIN = 60
# A relative one writes for is an adult; younger ages are someone else's (a grandchild's).
ADULT = 18
# A son or daughter a message is written for may be screened from this age (a pregnant 17-year-old).
ASKS_ALONE = 16
# Older than anyone: a larger number is no age.
OLDEST = 120


class Relative(NamedTuple):
    start: int  # where the relative is named, in the folded text
    end: int
    age: int | None
    grown_child: bool = False  # a son or daughter of the writer, of age
    client: bool = False  # someone a helper writes for: the writer's household is not theirs


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    def words(section: str, kind: str = "proxies") -> str:
        return alternation(key(w) for w in word_list(kind, section))
    years = f"(?:{words('years_glued', 'numbers')}|{words('years', 'numbers')})"
    return {
        "relative": re.compile(rf"(?<!\S)(?:{words('mine')}) ({words('relatives')})(?!\S)"),
        "for": re.compile(rf"(?<!\S)(?:{words('for')}) (?:{words('mine')}) (?:{words('relatives')})(?!\S)"),
        "theirs": re.compile(rf"(?:{words('theirs')})$"),
        "mine": re.compile(rf"(?:{words('mine')})$"),
        "with_us": re.compile(rf"(?<!\S)(?:{words('with_us')})(?!\S)"),
        "still": re.compile(rf" (?:{words('with_us_still')})(?= )"),
        "for_grown": re.compile(rf"(?<!\S)(?:{words('for')}) (?:{words('mine')}) (?:{words('grown_children')})(?!\S)"),
        "grown": re.compile(rf"(?<!\S)(?:{words('mine')}) ({words('grown_children')})(?!\S)"),
        "about_them": re.compile(rf"(?<!\S)(?:{words('about_them')})(?!\S)"),
        "parent": re.compile(rf"(?:{words('parents')})$"),
        # Just after the relative: "ma mère a 80 ans", "mijn vader van 79".
        "age_after": re.compile(rf"^\s*\(?\s*(?:{words('age_before')}\s+)?(?P<soon>{words('soon', 'numbers')}\s+)?(?P<age>\d{{2,3}})(?:\s*{years}\b|\s*$|(?=\s|,|\.|\)))"),
        # A few words on: "mijn buurman in Sint-Pieters-Woluwe is 90", "ma voisine du 3e a 80 ans".
        "age_few_words_on": re.compile(rf"^(?:\s+[^\s,.;:!?]+){{1,4}}?\s+{words('is_aged')}\s+(?P<soon>{words('soon', 'numbers')}\s+)?(?P<age>\d{{2,3}})(?:\s*{years}\b|\s*$|(?=\s|,|\.|\)))"),
        # Named without "my" by someone who writes for them: "une dame de 39 ans", "meneer is 58".
        "client": re.compile(rf"(?<!\S)({words('clients')})(?!\S)"),
        "for_anyone": re.compile(rf"(?<!\S)(?:{words('for')}|{words('professionals')})(?!\S)"),
        # A little further: "ma grand-mère, elle a 83 ans", "mijn buurvrouw: ze is 72".
        "age_said_of": re.compile(rf"(?<!\S){words('they')}\s+{words('is_aged')}\s+(?P<soon>{words('soon', 'numbers')}\s+)?(?P<age>\d{{2,3}})(?:\s*{years})?(?!\d)"),
    }


def relative(text: str) -> Relative | None:
    """The relative a message is written for, or None when the writer is the person."""
    folded = key(text)
    patterns = _patterns()
    named = patterns["relative"].search(folded)
    if named is None:
        return _grown_child(folded) or _client(folded)
    after = folded[named.end():]
    said = patterns["age_after"].match(after) or patterns["age_said_of"].search(after[:AGE_WITHIN]) \
        or patterns["age_few_words_on"].match(after) or patterns["age_said_of"].search(after)
    age = int(said.group("age")) if said else None
    if age is not None and said.group("soon"):
        age -= 1  # "mijn vader is bijna 67"
    if age is not None and not ADULT <= age <= OLDEST:
        age = None
    if age is None and not patterns["for"].search(folded):
        return None
    return Relative(named.start(1), named.end(1), age)


def _client(folded: str) -> Relative | None:
    """"Je suis AS au CPAS. Une dame de 39 ans…", "ik schrijf voor een cliënt. Meneer is 58": the
    person a helper writes for, named without "my", with their age."""
    patterns = _patterns()
    if patterns["for_anyone"].search(folded) is None:
        return None
    for named in patterns["client"].finditer(folded):
        after = folded[named.end():]
        said = patterns["age_after"].match(after) or patterns["age_said_of"].search(after[:AGE_WITHIN])
        if said and ADULT <= int(said.group("age")) <= OLDEST:
            age = int(said.group("age")) - (1 if said.group("soon") else 0)
            return Relative(named.start(1), named.end(1), age, client=True)
    return None


def _grown_child(folded: str) -> Relative | None:
    """"Mon fils a 25 ans… peut-il avoir l'ARR ?": a son or daughter of age that the message asks
    about."""
    named = _patterns()["grown"].search(folded)
    written_for_them = named is not None and _patterns()["for_grown"].search(folded) is not None
    if named is None or not (written_for_them or _patterns()["about_them"].search(folded)):
        return None
    after = folded[named.end():]
    # "ze is 24" before "is 85": "mijn dochter is 85% gehandicapt" loses its "%" when folded.
    said = _patterns()["age_said_of"].search(after[:AGE_WITHIN]) or _patterns()["age_after"].match(after)
    # A message written for a son or daughter ("ik vraag het voor mijn dochter: ze is 17") is
    # about them from the age at which a young person may ask for help alone.
    youngest = ASKS_ALONE if written_for_them else ADULT
    if said is None or not youngest <= int(said.group("age")) <= OLDEST:
        return None
    return Relative(named.start(1), named.end(1), int(said.group("age")), grown_child=True)


def living_with(text: str, who: Relative | None) -> str | None:
    """Who the person lives with, from the household words of the message, or None to leave it
    to the usual reading. For a relative: "elle vit seule" is alone, "vit avec nous" or the
    writer's own family is family, "sa femme" is a partner. For the writer: "mijn vader en zijn
    vriendin" is family, since the partner is the father's."""
    folded = key(text)
    patterns = _patterns()
    found = [f for f in find("household", text) if not f.negated]
    if who is not None and who.client:
        return None  # the usual reading: "logeert bij een vriend" is the client's household
    if who is None:
        partners = [f for f in found if f.value == "partner"]
        if partners and all(_owned_by(folded, f, "theirs") for f in partners):
            rest = [f.value for f in found if f.value != "partner"]
            return rest[0] if rest else None
        return None
    if patterns["with_us"].search(patterns["still"].sub("", folded)):
        return "family"  # "il vit (encore) avec nous", "hébergée chez moi depuis son divorce"
    if any(f.value == "alone" for f in found):
        return "alone"
    if any(f.value == "partner" and _owned_by(folded, f, "theirs") for f in found):
        return "partner"
    if patterns["parent"].search(folded[who.start:who.end]) and any(
            f.value == "family" and patterns["parent"].search(key(f.text)) and _owned_by(folded, f, "mine")
            and not who.start <= _folded_start(folded, f) < who.end for f in found):
        return "partner"  # "c'est pour mon père… il habite avec ma mère"
    others = [f for f in found if not (who.start <= _folded_start(folded, f) < who.end)]
    if any(_owned_by(folded, f, "mine") for f in others):
        return "family"  # "mon mari", "nos enfants": the writer's household, where the relative lives
    return "none_said"


def _folded_start(folded: str, found) -> int:
    return folded.find(key(found.text))


def _owned_by(folded: str, found, whose: str) -> bool:
    start = _folded_start(folded, found)
    return start > 0 and _patterns()[whose].search(folded[:start].rstrip()) is not None
