"""What a person's reply means for the field that was asked: a value, "unknown", or not understood.

The reply arrives as text, an intent, and the entities of the NLU components (`number`, `commune`,
`postal_code`, `answer`) or of a button (`option`). Pure functions: no Rasa, no catalogs.
Keywords are matched on lower-case text without accents, in French, Dutch and Brussels usage.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Iterable

from actions.directory.offices import COMMUNE_IDS, communes_for_postal_code
from nlu.lexicon import find, fold, key, normalize, words
from nlu.lexicon import amount
from nlu.lexicon.amounts import named_just_before
from nlu.lexicon.answers import find_answer
from nlu.lexicon import age as age_in
from nlu.lexicon.data import entries, word_list, word_set
from actions.screening import children, income_ranges
from actions.screening.income_said import without_non_sources
from actions.screening.lexicon_phrases import first_at
from actions.screening.seeking_social import seeks_social_housing
from actions.screening.questions import DONT_KNOW, QUESTIONS, RATHER_NOT_SAY


@dataclass(frozen=True)
class Understood:
    """The value to store; None means "unknown" (I don't know, I'd rather not say)."""

    value: Any


UNKNOWN = Understood(None)


@dataclass(frozen=True)
class Ambiguous:
    """A postal code that several communes share ("1050": Ixelles or part of the City of
    Brussels): the bot asks which one, since the commune says which office to go to."""

    postal_code: str
    communes: tuple[str, ...]


MAX_AGE = 120
MAX_CHILDREN = 15

# The lexicon's kind for each field read from words (nlu/lexicon/<kind>_<language>.yaml).
KINDS = {"living_with": "household", "income_sources": "income_sources", "benefits": "aids",
         "residence_status": "papers", "housing": "housing"}
# A social-housing tenant also says "locataire": the more specific phrase must win.
PRIORITY = {"housing": ("social_rent", "care_home", "homeless", "hosted", "owner", "private_rent")}
NOTHING = "none"  # the lexicon's answers: "rien", "aucun", "geen", "niks"...


def plain(text: str) -> str:
    """Lower case, no accents, single spaces: the lexicon's one normalisation."""
    return normalize(text)


def _has(text: str, phrase: str) -> bool:
    return re.search(r"(?<![\w'])" + re.escape(phrase) + r"(?![\w'])", text) is not None


def matching_values(field: str, text: str) -> list[str]:
    """Every value of a word field that the text names and does not deny, in the field's
    priority order (misspellings and Dutch compounds included: nlu/lexicon/lookup.py)."""
    named = [found.value for found in find(KINDS[field], text) if not found.negated]
    order = PRIORITY.get(field) or tuple(dict.fromkeys(entry.value for entry in entries(KINDS[field])))
    values = [value for value in order if value in named]
    if field == "housing" and "owner" in values and "private_rent" in values and RENTS.search(plain(text)):
        values.remove("owner")  # "je loue… le proprio veut", "we huren bij een eigenaar": the owner is the landlord
    return values


RENTS = re.compile(r"\b(je loue|on loue|nous louons|locataires?|de loyer|ik huur|we huren|wij huren|huurder|huurders)\b")


def says_nothing(text: str) -> bool:
    """"rien", "aucun", "geen", "niks": a count or an amount of zero, an empty list."""
    return any(found.value == NOTHING and not found.negated for found in find("answers", text)) or \
        any(_has(plain(text), word) for word in ("non", "nee"))


def _entities(entities: Iterable[dict], name: str) -> list[Any]:
    return [e.get("value") for e in entities or () if e.get("entity") == name]


def _yes_no(intent: str, answer: Any) -> bool | None:
    if answer == "yes" or (answer is None and intent == "affirm"):
        return True
    if answer == "no" or (answer is None and intent == "deny"):
        return False
    return None


def _whole_number(value: Any, low: int, high: int) -> int | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if number != int(number) or not low <= number <= high:
        return None
    return int(number)


def interpret(field: str, text: str, intent: str | None,
              entities: Iterable[dict]) -> Understood | Ambiguous | None:
    """The value the reply gives for `field`, UNKNOWN for "don't know", Ambiguous for a postal code
    of several communes, or None if not understood."""
    entities = list(entities or ())
    options = _entities(entities, "option")
    answers = _entities(entities, "answer")
    answer = answers[0] if answers else None
    if options:
        if options[0] in (DONT_KNOW, RATHER_NOT_SAY):
            return UNKNOWN
        return _from_option(field, options[0])
    numbers = _entities(entities, "number")
    reader = READERS[field]
    value = reader(text=text, intent=intent or "", answer=answer, numbers=numbers, entities=entities)
    # A hedge may come with the value ("je sais pas trop, vers les 1600"): a value the reply
    # plainly gives wins over "I don't know", except "nothing" ("geen idee" is not "geen"). The
    # classifier's intent is less reliable still (it may take "met mijn vrouw" for "I'd rather
    # not say").
    if answer in ("dont_know", "rather_not_say") or (value is None and intent in ("dont_know", "rather_not_say")):
        given = isinstance(value, Understood) and value.value not in (None, 0, [], ["none"], True, False)
        return value if given else UNKNOWN
    return value


def _from_option(field: str, value: str) -> Understood | None:
    question = QUESTIONS[field]
    if field == "monthly_income":
        amount = income_ranges.amount(value)
        return Understood(amount) if amount is not None else None
    if question.numeric:
        number = _whole_number(value, 0, MAX_CHILDREN if field == "children" else MAX_AGE)
        return Understood(number) if number is not None else None
    if question.yes_no:
        return Understood(value == "yes") if value in ("yes", "no") else None
    if field in ("income_sources", "benefits"):
        return Understood([] if value == "none" and field == "benefits" else [value])
    known = {v for v, _ in question.options}
    if field in KINDS:
        known |= {entry.value for entry in entries(KINDS[field])}
    if field == "commune":
        return Understood(value) if value in COMMUNE_IDS else None
    if value in known:
        return Understood(value)
    return None


def _read_commune(*, text, entities, **_) -> Understood | Ambiguous | None:
    # "à St-Gilles mais je déménage à Forest": where the person lives now.
    commune = home_commune([e for e in entities if e.get("entity") == "commune"], text)
    if commune:
        return Understood(commune)
    codes = _entities(entities, "postal_code")
    if not codes:
        # Asked for the commune, a number of the Region's postal codes is one ("jsp le nom, c'est
        # 1082"; "c 1030 mais je paie 1150 de loyer": the first).
        codes = [str(n) for n in _entities(entities, "number") if isinstance(n, int) and 1000 <= n <= 1299]
    for code in codes[:1]:
        return read_postal_code([{"entity": "postal_code", "value": code}])
    return None


def read_postal_code(entities: Iterable[dict]) -> Understood | Ambiguous | None:
    """The commune of the one postal code a reply gives, or Ambiguous when several communes share
    it. The NLU gives a postal code, not a commune, when the code alone may not settle it; the
    directory knows which communes have it."""
    codes = set(_entities(entities, "postal_code"))
    if len(codes) != 1:
        return None
    code = codes.pop()
    try:
        candidates = communes_for_postal_code(code)
    except ValueError:
        return None
    if len(candidates) == 1:
        return Understood(candidates[0])
    return Ambiguous(code, tuple(candidates)) if candidates else None


# Waiting for or asking for a social home is not living in one.
_CONCLUDED = re.compile(r"\b(?:donc|dus|soit|so)\s*$")


def _this_age_and_the_next(text: str, entities) -> int | None:
    """"Trente-neuf, quarante en janvier", "ze wordt 93 in april, dus nu nog 92", "bijna dertig,
    over twee weken": an age and the next one, the next said as to come; a number of weeks or
    days is how long until then. The age now, or None when the numbers say something else."""
    said = set()
    for entity in entities:
        value = _whole_number(entity.get("value"), 0, MAX_AGE) if entity.get("entity") == "number" else None
        if value is None:
            continue
        after = words(fold(text[entity.get("end", 0):]))[:1]
        if after and after[0].text in word_set("numbers", "young_units"):
            continue  # "over twee weken": when, not an age
        said.add(value - 1 if children.about_to_turn(text, entity.get("start", 0)) and value > 0 else value)
    if said and max(said) - min(said) <= 1:
        return min(said)
    return None


def _read_age(*, text, numbers, entities, **_) -> Understood | None:
    ages = [a for a in (_whole_number(n, 0, MAX_AGE) for n in numbers) if a is not None]
    if len(ages) != 1:
        # "bijna zestig, nog 2 maand": the one number said in years, or the one that is no
        # count nor amount; "ben van 98, dus 28": the number said as the conclusion.
        said = age_in(text)
        said_numbers = [e for e in entities if e.get("entity") == "number"]
        in_years = [a for a in (_whole_number(e.get("value"), 0, MAX_AGE) for e in said_numbers
                                if e.get("unit") in (None, "year")) if a is not None]
        concluded = [a for a in (_whole_number(e.get("value"), 0, MAX_AGE) for e in said_numbers
                                 if _CONCLUDED.search(plain(text[:e.get("start", 0)]))) if a is not None]
        if said is not None and not ages:
            ages = [said]
        elif len(in_years) == 1 and len(ages) > 1:
            ages = in_years
        else:
            ages = concluded[-1:]
    if not ages:
        now = _this_age_and_the_next(text, entities)
        return Understood(now) if now is not None else None
    # About to turn that age: "bientôt 40", "j'aurai 65 ans le mois prochain", "ik word volgende maand 65".
    starts = [e.get("start", 0) for e in entities if e.get("entity") == "number" and e.get("value") == ages[0]]
    soon = any(children.about_to_turn(text, start) for start in starts) if starts else \
        first_at("numbers", "soon", text) is not None
    return Understood(ages[0] - 1 if soon and ages[0] > 0 else ages[0])


def _read_children(*, text, intent, answer, numbers, **_) -> Understood | None:
    said = children.read(text, asked="children")
    if said.count is not None and said.count <= MAX_CHILDREN:
        return Understood(said.count)
    if _yes_no(intent, answer) is False or says_nothing(text):
        return Understood(0)
    return None


def _read_children_ages(*, text, **_) -> Understood | None:
    """The children's ages (children.py): "2 enfants, 5 et 9 ans" gives 5 and 9, a baby of
    "8 mois" is 0, "des jumeaux de 3 ans" are two children of 3."""
    said = children.read(text, asked="children_ages")
    return Understood(list(said.ages)) if said.ages else None


def _read_income(*, text, numbers, entities, **_) -> Understood | None:
    # The lexicon reads hedges ("environ 1200"), ranges (their middle) and weekly or yearly
    # amounts (made monthly); a lone number is taken as the amount asked for.
    said = amount(text)
    if said is not None:
        return Understood(round(said.value, 2))
    amounts = [float(n) for n in numbers if isinstance(n, (int, float)) and n >= 0]
    if len(amounts) > 1:
        # "1200 (loyer 750)": a rent or a bill beside the income is no income.
        amounts = [float(e["value"]) for e in entities if e.get("entity") == "number" and isinstance(e.get("value"), (int, float))
                   and e["value"] >= 0 and not is_cost(text, e.get("start", 0))]
    if len(amounts) == 1:
        return Understood(amounts[0])
    if not amounts and says_nothing(text):
        return Understood(0.0)
    return None


def _read_list(field: str):
    def read(*, text, intent, answer, **_) -> Understood | None:
        values = matching_values(field, without_non_sources(text) if field == "income_sources" else text)
        if field == "benefits":
            if not values and (_yes_no(intent, answer) is False or says_nothing(text)):
                return Understood([])
            return Understood(values) if values else None
        if "none" in values and len(values) > 1:
            values.remove("none")
        if not values and says_nothing(text):
            return Understood(["none"])  # "rien pour l'instant", "niks, ik wacht op het OCMW"
        return Understood(values) if values else None

    return read


def _read_choice(field: str):
    def read(*, text, **_) -> Understood | None:
        values = matching_values(field, text)
        if field == "residence_status" and len(values) > 1 and "belgian" in values:
            values.remove("belgian")  # "polonaise, mariée à un Belge": the Belgian is someone else
        if field == "housing" and len(values) > 1 and "social_rent" in values and seeks_social_housing(text):
            values.remove("social_rent")  # "on loue à un privé mais on attend un logement social"
        return Understood(values[0]) if values else None

    return read


def _read_yes_no(field: str):
    def read(*, text, intent, answer, **_) -> Understood | None:
        # A reply that states the fact ("la maison est à nous", "chauffage au mazout") is read by
        # the lexicon's facts for this question, before the classifier, which takes "la maison est
        # à nous" for a "no"; a plain "oui" or "non" still comes first ("non, mais ma femme est
        # invalide": the fact is someone else's).
        value = False if _self_no().search(plain(text)) else _yes_no(None, answer)
        said = [(not v) if found.negated else v for found in find("facts", text)
                for f, v in [found.value] if f == field]
        if value is False and set(said) == {True} and _negates_a_word(text):
            value = True  # "pas reconnu mais j'ai une hernie": the "pas" says "not recognised", not "no"
        if value is None:
            if field == "social_housing_candidate" and not said and first_at("waiting_list", "when_asked", text) is not None:
                said = [True]  # "ma demande est en cours", asked about the waiting list
            value = said[0] if len(set(said)) == 1 else _yes_no(intent, None)
        return None if value is None else Understood(value)

    return read


@functools.lru_cache(maxsize=1)
def _self_no() -> re.Pattern:
    """"Mon fils est autiste, moi non", "ik niet, mijn ex wel": a clause that says no of oneself."""
    said = "|".join(sorted((re.escape(key(w)) for w in word_list("answers", "self_no")), key=len, reverse=True))
    return re.compile(rf"(?:^|[,.;!]|\b(?:mais|maar|et|en)\b)\s*(?:{said})\s*(?:$|[,.;!]|\b(?:mais|maar)\b)")


def _negates_a_word(text: str) -> bool:
    """The "no" a reply opens with is a negation of its next word ("pas reconnu", "niet erkend"),
    not a "non" said to the question."""
    said = find_answer(text)
    if said is None or said["value"] != "no" or key(text[said["start"]:said["end"]]) not in word_set("answers", "negations"):
        return False
    return re.match(r"\s+\w", text[said["end"]:]) is not None


READERS = {
    "commune": _read_commune,
    "age": _read_age,
    "living_with": _read_choice("living_with"),
    "children": _read_children,
    "children_ages": _read_children_ages,
    "monthly_income": _read_income,
    "income_sources": _read_list("income_sources"),
    "benefits": _read_list("benefits"),
    "residence_status": _read_choice("residence_status"),
    "housing": _read_choice("housing"),
    **{f: _read_yes_no(f) for f, q in QUESTIONS.items() if q.yes_no},
}


def is_cost(text: str, start: int) -> bool:
    """Whether the amount starting at `start` is a cost, not an income: a bill, a rent or a debt
    is named just before it ("une facture de régularisation de 1600 euros", "huur van 750")."""
    return named_just_before(text, start, _costs())


@functools.lru_cache(maxsize=1)
def _costs() -> frozenset:
    return word_set("numbers", "costs") | {w + "s" for w in word_set("numbers", "costs")}


# Before a place: where one lives (the verbs of nlu/lexicon/places_*.yaml `living`), or a place
# that is only a landmark or a workplace.
@functools.lru_cache(maxsize=1)
def living_verbs() -> str:
    """The verbs of living as a regular expression alternation, longest first."""
    return "|".join(sorted((re.escape(key(w)) for w in word_list("places", "living")), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _living_verb_then(words_between: int) -> re.Pattern:
    """A verb of living, then at most `words_between` words, at the end of a text."""
    return re.compile(rf"\b({living_verbs()})\b(?:\W+[\w']+){{0,{words_between}}}\W*$")


def _lives_in() -> re.Pattern:
    return _living_verb_then(4)  # "woon bij mijn ouders in Laken"
_NOT_HOME = re.compile(r"\b(cote|pres|proche|naast|grens|dichtbij|vlakbij|travaille|travaillons|bosse|werk|werkt|werken|demenage\w*|verhuis\w*|"
                       # Where the children's other parent or the person's parents live: "ils vivent chez
                       # leur mère à Liège", "mijn ouders wonen in Marokko".
                       r"(?:chez|bij) (?:leur|leurs|hun) \w+|(?:mes|mijn|mn) (?:parents|ouders) (?:vivent|habitent|wonen))\b"
                       r"(?:\W+[\w']+){0,3}\W*$")


def lives_in_before(before: str) -> bool:
    """A verb of living ends `before`, two words aside at most: "je vis en", "ik woon met 3"
    (not "vit avec moi et son" before "père")."""
    return _living_verb_then(2).search(before) is not None


def home_commune(named: list[dict], text: str) -> str | None:
    """The commune where the person lives among the places a message names: "nous habitons
    Linkebeek (juste à côté d'Uccle)" is outside Brussels, "je travaille à Ixelles et j'habite à
    Jette" is Jette; otherwise the one place named, or the first."""
    values = list(dict.fromkeys(e.get("value") for e in named))
    if len(values) <= 1:
        return values[0] if values else None
    before = {id(e): plain(text[max(0, e.get("start", 0) - 40):e.get("start", 0)]) for e in named}
    kept = [e for e in named if not _NOT_HOME.search(before[id(e)])]
    home = [e.get("value") for e in kept if _lives_in().search(before[id(e)])]
    if home:
        return home[0]
    return kept[0].get("value") if kept else values[0]


# "inscrit depuis 3 ans", "sinds 2 jaar": a duration, not the person's age.
# "depuis 3 ans", "il y a deux ans", "twee jaar geleden", "ça fait 2 ans", "sinds 5 jaar": a time, no age.
DURATION = re.compile(r"(?<![\w])(?:(?:depuis|il y a|fait|pendant|durant|sinds|geleden|al)\s+\S+\s+(?:ans?|jaar)"
                      r"|\S+\s+(?:ans?|jaar)\s+(?:geleden|terug))(?![\w])")


def per_month(text: str, entity: dict) -> float:
    """An amount in euros made monthly when a week or a year follows it ("30000 € net par an",
    "400 euro per week"); as said otherwise."""
    start = entity.get("start")
    if isinstance(start, int):
        said = amount(text[start:entity.get("end", start) + 25])
        if said is not None and said.start == 0 and said.period not in (None, "month"):
            return float(said.value)
    return float(entity["value"])


def volunteered(entities: Iterable[dict], text: str = "", number_asked: bool = False,
                not_age: Iterable[tuple[int, int]] = ()) -> dict[str, Any]:
    """Values a reply gives unmistakably, whatever was asked: a commune, an age ("45 ans",
    "45 jaar"), an amount in euros, who one lives with ("on est deux"). They let a person
    correct an answer at any time ("non, j'ai 45 ans") or answer ahead of the question.
    When a number is asked, a number read as a postal code ("1600") is that number, not a place.
    `not_age`: spans of the text that are children's ages ("mon fils de 17 ans")."""
    not_age = tuple(not_age)
    found: dict[str, Any] = {}
    named = [e for e in entities or () if e.get("entity") == "commune"
             and not (number_asked and text[e.get("start", 0):e.get("end", 0)].strip().isdigit())]
    commune = home_commune(named, text)
    if commune:
        found["commune"] = commune
    for entity in entities or ():
        if entity.get("entity") != "number":
            continue
        # Only the number inside "depuis 3 ans" is a duration; "29 ans, au chômage depuis 1 an"
        # still gives the age.
        before = plain(text[max(0, entity.get("start", 0) - 12):entity.get("end", 0) + 9])
        duration = DURATION.search(before) is not None if "start" in entity else DURATION.search(plain(text)) is not None
        childs = any(entity.get("start", -1) < end and start < entity.get("end", -1) for start, end in not_age)
        if entity.get("unit") == "year" and not duration and not childs:
            age = _whole_number(entity.get("value"), 0, MAX_AGE)
            if age is not None:
                found.setdefault("age", age)
        elif entity.get("unit") == "euro" and isinstance(entity.get("value"), (int, float)) \
                and not is_cost(text, entity.get("start", 0)):
            found.setdefault("monthly_income", per_month(text, entity))
    # Who one lives with, said in a phrase ("on est deux", "ik woon alleen"): a lone "seul" or
    # "twee" may answer another question.
    for said in find("household", text):
        if len(said.text.split()) >= 2 and not said.negated:
            found["living_with"] = said.value
            break
    return found
