"""The facts a message states about the person, whatever was asked: a first message that tells a
situation ("je suis seule avec deux enfants à Jette"), or a reply that says more than asked.

Only what a message plainly says is kept. Words and phrases come from the lexicon
(nlu/lexicon/: household, housing, papers, income sources, yes/no facts), misspellings and Dutch
compounds included, and a value the message denies or says is lost ("j'ai perdu mon chômage",
"ik ben geen student") is not taken. The NLU gives numbers (with their unit), communes and postal
codes. Here are only the facts said by words near each other rather than by one phrase: how many
children and their ages, a bill not paid, a place on the waiting list, an amount said earned.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from actions.screening.answers import Ambiguous, matching_values, plain, read_postal_code, volunteered
from nlu.lexicon import amount, count, find

CHILD = r"(?:enfants?|gosses?|kids?|ados|bebes?|fils|filles?|kinderen|kinders|kind|kindjes?|baby|zoons?|dochters?)"
_NO_CHILD = re.compile(r"\b(sans|pas d'|pas de|aucun|geen|zonder) ?" + CHILD + r"\b")
_CHILDREN = re.compile(r"\b(\S+(?: \S+)?)\s+" + CHILD + r"\b")
_CHILD_AGES = re.compile(CHILD + r"\s*(?:de|van|agee?s? de|ages de|qui ont|\()\s*((?:\d{1,2}\s*(?:,|et|en|&|ans et|jaar en)?\s*)+)\s*(?:ans|an|jaar|\)|$|,|\.)")
_ONE_CHILD = re.compile(r"\b(mon fils|ma fille|mon enfant|mon bebe|mijn zoon|mijn dochter|mijn kind|mijn kindje|mijn baby|notre premier bebe|ons eerste kindje|mijn enige zoon|mon fils unique|ma fille unique|mijn enige dochter)\b")
_MONTHS_OLD = re.compile(r"\((\d{1,2}) (mois|maanden|maand)\)|\b(\d{1,2}) (mois|maanden|maand)\b")
_AGE_SAID = re.compile(r"(?:^|[,.] ?|\b(?:ik ben|ben|j'ai|je suis age de|agee? de)\s+)(\d{2})(?: ans| jaar)?(?=\s*(?:,|\.|$| en | et | ans| jaar))")
_RECEIVES = re.compile(r"\b(je touche|je recois|je percois|j'ai droit a|ik krijg|ik ontvang|ik trek)\b")

# Facts said by words close to each other rather than by one phrase of the lexicon: "inscrit
# depuis 2 ans sur la liste du logement social", "ik kan mijn gasfactuur niet betalen".
_NEAR: dict[str, tuple[tuple[Any, str], ...]] = {
    "social_housing_candidate": (
        (True, r"\b(liste d'attente|liste|inscrit\w*|candidat\w*|wachtlijst|ingeschreven)\b.{0,30}\b(logement social|logements sociaux|sociale woning|sociale huisvesting)\b"),
    ),
    "energy_debt": (
        (True, r"(factures?|\w*facturen|\w*factuur|\w*rekeningen|\w*rekening)\b.{0,40}\b(payer|paye|impayee?s?|betalen|betaald|achterstal|retard)\b"),
        (True, r"\b(payer|betalen)\b.{0,25}\b(factures?|facturen|rekeningen)\b.{0,25}\b(gaz|electricite|energie|gas|elektriciteit|stroom)\b"),
    ),
}
_EARN = re.compile(r"\b(gagne|gagnons|touche|touchons|recois|gagner|verdien\w*|krijg|ontvang\w*)\b")


def _first(patterns, text: str):
    for value, pattern in patterns:
        if re.search(pattern, text):
            return value
    return None


def _children(text: str) -> dict[str, Any]:
    if _NO_CHILD.search(text):
        return {"children": 0}
    found = _CHILDREN.search(text)
    how_many = count(found.group(0)) if found else None
    if how_many is None:
        if not _ONE_CHILD.search(text):
            return {}
        how_many = 1
        months = _MONTHS_OLD.search(text)
        ages = _CHILD_AGES.search(text)
        if months:
            return {"children": 1, "children_ages": [0]}
        if ages and len(re.findall(r"\d{1,2}", ages.group(1))) == 1:
            return {"children": 1, "children_ages": [int(re.findall(r"\d{1,2}", ages.group(1))[0])]}
        return {"children": 1}
    out: dict[str, Any] = {"children": how_many}
    ages = _CHILD_AGES.search(text)
    if ages:
        values = [int(n) for n in re.findall(r"\d{1,2}", ages.group(1))]
        if len(values) == how_many:
            out["children_ages"] = values
    return out


_INCOME_CONTEXT = re.compile(r"\b(par mois|per maand|/mois|/maand|euros?|eur|pension|pensioen|salaire|loon|chomage|leefloon|revenus?|inkomen)\b|€")


def _amount_said(text: str) -> float | None:
    """An income a first message gives beside words of money ("1150 par mois", "1450 de
    pension"), read by the lexicon (hedges, ranges, weeks and years made monthly)."""
    said = amount(text)
    if said is None or said.value < 100:
        return None
    around = plain(text[max(0, said.start - 20):said.end + 20])
    return round(said.value, 2) if _INCOME_CONTEXT.search(around) else None


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
    for field in ("living_with", "housing", "residence_status"):
        if field not in out:
            values = matching_values(field, text)
            if values:
                out[field] = values[0]
    for found in find("facts", text):
        field, value = found.value
        out[field] = (not value) if found.negated else value
    for field, patterns in _NEAR.items():
        value = _first(patterns, folded)
        if value is not None:
            out[field] = value
    if out.get("housing") == "social_rent" and out.get("social_housing_candidate"):
        # On the waiting list for social housing, not a tenant of it: another housing word
        # ("je loue") may still say where the person lives.
        others = [v for v in matching_values("housing", text) if v != "social_rent"]
        if others:
            out["housing"] = others[0]
        else:
            del out["housing"]
    if not number_asked:
        out.update(_children(folded))
        if "monthly_income" not in out:
            earned = _income(entities, text)
            if earned is None:
                earned = _amount_said(text)
            if earned is not None:
                out["monthly_income"] = earned
    if "age" not in out:
        said = _AGE_SAID.search(folded)
        if said and 14 <= int(said.group(1)) <= 110 and int(said.group(1)) not in (out.get("children_ages") or ()):
            out["age"] = int(said.group(1))
    if _RECEIVES.search(folded):
        # "je touche la GRAPA", "ik krijg leefloon": a right received, said outright.
        received = [found.value for found in find("aids", text) if not found.negated]
        if received:
            out["benefits"] = list(dict.fromkeys(received))
    sources = matching_values("income_sources", text)
    if sources == ["none"]:
        out.setdefault("monthly_income", 0.0)
    elif "none" in sources:
        sources.remove("none")
    if sources:
        out["income_sources"] = sources
    return out


def shared_postal_code(entities: Iterable[dict]) -> Ambiguous | None:
    """A postal code that several communes share, given alone: the bot asks which commune."""
    reading = read_postal_code(entities)
    return reading if isinstance(reading, Ambiguous) else None
