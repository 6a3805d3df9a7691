"""The result as a plan of visits: one visit per office, the rights to ask there, the documents
to bring once each.

Knowing a right is not claiming it: what keeps people out is the number of trips and papers.
So the rights the person can claim (eligible or possibly eligible) are grouped by the office
where they are claimed, and each office's documents are merged. The most urgent visit comes
first: a right that is not paid back for the months before the claim loses money every month
the person waits (retroactivity `false` with the advice `ask_soon`); then rights whose
retroactivity is not known; then the others. Within the same urgency, the right worth more a
month comes first.

Pure: no Rasa, no catalogs. The office's name in words is the caller's (it needs the catalogs
for an office without a directory entry, e.g. "your health insurance fund").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from actions.directory.bodies import UnknownBodyError, body_contact

TO_CLAIM = ("eligible", "possibly_eligible")
# A right still open (an answer was "I don't know", or the screening stopped asking) that could
# be claimable is asked about at its office too: the office settles what the chat could not.
CLAIMABLE = ("eligible", "possibly_eligible", "automatic")
# Months a period of an amount stands for, to compare a yearly or one-off amount with a monthly one.
MONTHS = {"month": 1, "year": 12, "once": 12}


@dataclass(frozen=True)
class Visit:
    """One office to go to: `office` is its contact as the payload gives it (id, name by language
    or None, address, phone, url, hours_note), `body` the claim body code that names it in words."""

    office: Mapping[str, Any]
    body: str | None
    rights: tuple[dict, ...]
    documents: tuple[str, ...]  # document codes, each once, in the order the rights need them


def urgency(right: Mapping[str, Any]) -> int:
    """0: money is lost for each month of waiting; 1: not known; 2: nothing lost by waiting."""
    retroactivity = right.get("retroactivity") or {}
    if retroactivity.get("advice") != "ask_soon":
        return 2
    if retroactivity.get("retroactive") is False:
        return 0
    return 1 if retroactivity.get("retroactive") == "unknown" else 2


def monthly_value(right: Mapping[str, Any]) -> float:
    amount = right.get("amount")
    if not isinstance(amount, dict) or not amount.get("value"):
        return 0.0
    return float(amount["value"]) / MONTHS.get(amount.get("period"), 12)


def order(right: Mapping[str, Any]) -> tuple[int, int, float, str]:
    """The sort key of a right: most urgent, then a right found before one still open, then
    worth most a month; the id keeps it stable."""
    return urgency(right), right["status"] == "unknown", -monthly_value(right), right["id"]


def to_visit(right: Mapping[str, Any], told: Iterable[str] = ()) -> bool:
    """A right to ask for at an office: found, or still open and possibly claimable, unless the
    result tells it under a condition ("if you heat with oil")."""
    if right["status"] in TO_CLAIM:
        return True
    return (right["status"] == "unknown" and right["id"] not in told
            and bool(set(right.get("could_be") or ()) & set(CLAIMABLE)))


def _body_office(office_id: str) -> dict[str, Any]:
    contact = body_contact(office_id)
    return {"id": office_id, "name": contact["name"], "address": contact["address"],
            "phone": contact["phone"], "url": contact["website"]}


def office_of(right: Mapping[str, Any], language: str) -> tuple[dict[str, Any], str | None]:
    """The office where `right` is claimed, and its claim body code.

    The engine gives the CPAS of the commune as a directory entry, another office as a body id of
    actions/directory/bodies.csv, a choice of offices by language as a list (legal aid: the
    French- or Dutch-speaking bar), or only a body (your health insurance fund)."""
    claim = right.get("claim") or {}
    body = claim.get("body")
    office = claim.get("office")
    if isinstance(office, dict) and office.get("has_office"):
        return {"id": f"cpas_{office['commune_id']}", "name": office.get("name"), "address": office.get("address"),
                "phone": office.get("phone"), "url": office.get("website")}, body
    if isinstance(office, list):
        # Offices by language (the French- or Dutch-speaking bar): the person's. Offices that
        # depend on something else (the school's language, for a study grant): the body's words.
        office = next((o for o in office if o.endswith(f"_{language}")), None)
    if isinstance(office, str):
        try:
            return _body_office(office), body
        except UnknownBodyError:
            pass  # a code the directory lacks: the body's words still say where to go
    return {"id": body or right["id"], "name": None, "address": None, "phone": None, "url": None}, body


def merged(lists: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """Every item once, in the order first met."""
    seen: dict[str, None] = {}
    for items in lists:
        for item in items:
            seen.setdefault(item, None)
    return tuple(seen)


def plan(assessment: Mapping[str, Any], language: str, told: Iterable[str] = ()) -> list[Visit]:
    """The visits, most urgent first; each with its rights, most urgent first, and its documents;
    `told` are the rights the result gives under a condition instead."""
    told = set(told)
    rights = sorted((r for r in assessment["rights"] if to_visit(r, told)), key=order)
    offices: dict[str, tuple[dict[str, Any], str | None, list[dict]]] = {}
    for right in rights:
        office, body = office_of(right, language)
        offices.setdefault(office["id"], (office, body, []))[2].append(right)
    return [Visit(office, body, tuple(claimed), merged(r.get("documents") or () for r in claimed))
            for office, body, claimed in offices.values()]
