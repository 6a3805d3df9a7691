"""The facts a message states about the person, whatever was asked: a first message that tells a
situation ("je suis seule avec deux enfants à Jette"), or a reply that says more than asked.

Only what a message plainly says is kept: a word must name the fact ("étudiant", "je loue",
"facture de gaz impayée"), and a fact the message denies or says is lost ("j'ai perdu mon
chômage", "geen werk meer") is not taken. The NLU gives numbers (with their unit), communes and
postal codes; the rest is read here on the folded text (actions/screening/answers.py `plain`).
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from actions.directory.offices import communes_for_postal_code
from actions.screening.answers import Ambiguous, plain, volunteered

CHILD = r"(?:enfants?|gosses?|kids?|kinderen|kinders|kind|kindjes)"
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
}
_NUMBER = r"(\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_NO_CHILD = re.compile(r"\b(sans enfants?|pas d'enfants?|pas d enfants?|aucun enfant|pas de gosses?|geen kind\w*|zonder kind\w*)\b")
_CHILDREN = re.compile(r"\b" + _NUMBER + r"\s+" + CHILD + r"\b")
_CHILD_AGES = re.compile(CHILD + r"\s+(?:de|van|agee?s? de|ages de|qui ont)\s+((?:\d{1,2}\s*(?:,|et|en|&|ans et|jaar en)?\s*)+)\s*(?:ans|an|jaar)\b")

_LOST = r"(perdu|plus de|plus droit|exclu|exclue|radie|radiee|fini|verloren|kwijt|geen .{0,15} meer|niet meer|gestopt)"

_PATTERNS: dict[str, tuple[tuple[Any, str], ...]] = {
    "living_with": (
        ("partner", r"\b(avec|met) (mon|ma|mijn) (mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|partenaire|copain|copine|man|vrouw|echtgenoot|echtgenote|partner|vriend|vriendin)\b"),
        ("partner", r"\b(en couple|on est mari\w*|je suis mariee?|getrouwd|samenwonend\w*)\b"),
        ("family", r"\b(chez|avec|bij|met) (mes|mijn|ma|mon) (parents|ouders|mere|pere|moeder|vader|maman|papa|famille|familie)\b"),
        ("others", r"\b(colocation|colocataires?|en coloc|kot|huisgeno\w+|kotgeno\w+|avec des amis|met vrienden)\b"),
        ("alone", r"\b(seul|seule|alleen|alleenstaand\w*|isole|isolee)\b"),
    ),
    "housing": (
        ("homeless", r"\b(sdf|a la rue|dans la rue|sans abri|sans-abri|sans logement|dakloos|op straat|geen woning)\b"),
        ("care_home", r"\b(maison de repos|rusthuis|woonzorgcentrum)\b"),
        ("hosted", r"\b(heberge|hebergee|je loge chez|inwonend|ik logeer bij|ik verblijf bij)\b"),
        ("owner", r"\b(je suis proprietaire|proprietaire de (ma|mon|notre)|ik ben eigenaar|eigenaar van (mijn|ons))\b"),
        ("social_rent", r"\b(j'habite|je vis|je loue|ik woon|ik huur|locataire)\b.{0,25}\b(logement social|sociale woning)\b"),
        ("private_rent", r"\b(je loue|locataire|ik huur|huurder)\b"),
    ),
    "residence_status": (
        ("no_papers", r"\b(sans papiers?|sans-papiers|pas de papiers|zonder papieren|geen papieren)\b"),
        ("asylum_seeker", r"\b(demandeu\w+ d'asile|demande d'asile|asielzoeker|asielaanvraag)\b"),
        ("residence_permit", r"\b(carte de sejour|titre de sejour|refugie\w* reconnu\w*|verblijfskaart|verblijfsvergunning|erkend vluchteling)\b"),
        ("belgian", r"\b(je suis belge|belge de nationalite|ik ben belg|belgische nationaliteit)\b"),
    ),
}
_FLAGS: dict[str, tuple[tuple[Any, str], ...]] = {
    "social_housing_candidate": (
        (True, r"\b(liste d'attente|liste|inscrit\w*|candidat\w*|wachtlijst|ingeschreven)\b.{0,30}\b(logement social|logements sociaux|sociale woning|sociale huisvesting)\b"),
    ),
    "student": (
        (True, r"\b(etudiant|etudiante|je fais des etudes|aux etudes|je suis a l'ecole|a l'universite|a l'unif|student|studente|ik studeer|op school|aan de unief|hogeschool)\b"),
    ),
    "disability": (
        (True, r"\b(handicap|handicape|handicapee|en situation de handicap|gehandicapt|een handicap|een beperking)\b"),
    ),
    "heating_oil": (
        (True, r"\b(mazout|stookolie|petrole lampant|propane en vrac)\b"),
    ),
    "energy_debt": (
        (True, r"\b(factures?|facturen|factuur|rekeningen|rekening|energiefactuur)\b.{0,40}\b(payer|paye|impayee?s?|betalen|betaald|achterstal|retard)\b"),
        (True, r"\b(payer|betalen)\b.{0,25}\b(factures?|facturen|rekeningen)\b.{0,25}\b(gaz|electricite|energie|gas|elektriciteit|stroom)\b"),
        (True, r"\b(dettes? d'energie|dettes? de gaz|energieschuld\w*|coupure de (gaz|courant|electricite)|afgesloten)\b"),
    ),
    "health_insurance": (
        (False, r"\b(pas de mutuelle|sans mutuelle|pas de mutualite|geen ziekenfonds|niet aangesloten)\b"),
    ),
}
_SOURCES = (
    ("unemployment", r"\b(chomage|chomeur|chomeuse|onem|capac|werkloos\w*|stempelgeld|rva)\b"),
    ("pension", r"\b(pension|pensionne|pensionnee|retraite|retraitee|pensioen|gepensioneerd)\b"),
    ("sickness_invalidity", r"\b(invalidite|en maladie|mutuelle me paie|invaliditeit\w*|ziekte-uitkering|ziekteuitkering|ziek thuis)\b"),
    ("cpas", r"\b(revenu d'integration|ris|leefloon|aide du cpas|au cpas|steun van het ocmw|van het ocmw)\b"),
    ("work", r"\b(je travaille|salaire|salarie|salariee|ik werk|mijn loon|loon van)\b"),
    ("self_employed", r"\b(independant|independante|zelfstandige?)\b"),
)
_NO_INCOME = re.compile(r"\b(pas de revenus?|aucun revenu|sans revenus?|geen inkomen|geen inkomsten|zonder inkomen)\b")
_EARN = re.compile(r"\b(gagne|gagnons|touche|touchons|recois|gagner|verdien\w*|krijg|ontvang\w*)\b")


def _first(patterns, text: str):
    for value, pattern in patterns:
        if re.search(pattern, text):
            return value
    return None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _children(text: str) -> dict[str, Any]:
    if _NO_CHILD.search(text):
        return {"children": 0}
    found = _CHILDREN.search(text)
    if not found:
        return {}
    out: dict[str, Any] = {"children": _count(found.group(1))}
    ages = _CHILD_AGES.search(text)
    if ages:
        values = [int(n) for n in re.findall(r"\d{1,2}", ages.group(1))]
        if len(values) == out["children"]:
            out["children_ages"] = values
    return out


def _sources(text: str) -> list[str]:
    found = []
    for value, pattern in _SOURCES:
        match = re.search(pattern, text)
        if not match:
            continue
        around = text[max(0, match.start() - 25): match.end() + 25]
        if re.search(_LOST, around):
            continue  # "j'ai perdu mon chômage": no longer a source
        found.append(value)
    return found


def _income(entities: Iterable[dict], text: str) -> float | None:
    """An amount said to be earned ("je gagne 1200") when the NLU gave no unit."""
    for entity in entities or ():
        if entity.get("entity") != "number" or entity.get("unit"):
            continue
        value = entity.get("value")
        if not isinstance(value, (int, float)) or value < 100:
            continue
        before = plain(text[max(0, entity.get("start", 0) - 25): entity.get("start", 0)])
        if _EARN.search(before):
            return float(value)
    return None


def facts(text: str, entities: Iterable[dict], number_asked: bool = False) -> dict[str, Any]:
    """Every fact the message plainly states, as contract field -> value."""
    entities = list(entities or ())
    folded = plain(text)
    out: dict[str, Any] = dict(volunteered(entities, text, number_asked=number_asked))
    for field, patterns in _PATTERNS.items():
        if field not in out:
            value = _first(patterns, folded)
            if value is not None:
                out[field] = value
    for field, patterns in _FLAGS.items():
        value = _first(patterns, folded)
        if value is not None:
            out[field] = value
    if out.get("housing") == "social_rent" and out.get("social_housing_candidate"):
        del out["housing"]  # on the waiting list for social housing, not a tenant of it
    if not number_asked:
        out.update(_children(folded))
        if "monthly_income" not in out:
            amount = _income(entities, text)
            if amount is not None:
                out["monthly_income"] = amount
    sources = _sources(folded)
    if _NO_INCOME.search(folded) and not sources:
        out.setdefault("monthly_income", 0.0)
        sources = ["none"]
    if sources:
        out["income_sources"] = sources
    return out


def shared_postal_code(entities: Iterable[dict]) -> Ambiguous | None:
    """A postal code that several communes share, given alone: the bot asks which commune."""
    codes = {e.get("value") for e in entities or () if e.get("entity") == "postal_code"}
    if len(codes) != 1:
        return None
    code = codes.pop()
    try:
        candidates = communes_for_postal_code(code)
    except ValueError:
        return None
    return Ambiguous(code, tuple(candidates)) if len(candidates) > 1 else None
