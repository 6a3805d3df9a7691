"""The words of the plan of visits (actions/screening/visits.py): a short first message that
says where to go and what to ask there, then one message per visit with the office's contact and
the documents to bring, each once. What each right is, and its amount, come on request
("détails" / "details"), so that the first thing a person reads fits on a phone's screen.

Every sentence comes from the catalogs; the office's name is the directory's for a CPAS, the
words of its claim body otherwise ("your health insurance fund").
"""

from __future__ import annotations

from typing import Any

from actions.directory.hours import hours_line
from actions.i18n import say
from actions.screening.messages import (ASK_SOON, GROUPS, ITEM, TOLD_IN_RESULT, bring_line, right_parts,
                                        where_lines)
from actions.screening.reasons import reason_message
from actions.screening.vocabulary import (BODIES, BODY_SHORT_NAMES, DOCUMENTS, N_, RIGHT_NAMES, RIGHT_SHORT_NAMES,
                                          words)
from actions.screening.visits import Visit, urgency

# The word that asks for the details: the button sends it, the reader knows it
# (nlu/lexicon/plan_<language>.yaml).
DETAILS = N_("Details")
ONE_VISIT = N_("Where to go:")
VISITS = N_("Go in this order:")
SOCIAL_SERVICE = N_("Social service ({abbreviation})")


def office_name(visit: Visit, language: str) -> str:
    """The office by its own short name ("CPAS de Schaerbeek", "Famiris"); an office without a
    directory entry by the words of its body ("Your health insurance fund")."""
    for code in (visit.office["id"], visit.body):
        if code in BODY_SHORT_NAMES and not visit.office["id"].startswith("cpas_"):
            return words(BODY_SHORT_NAMES, code, language)
    name = (visit.office.get("name") or {}).get(language)
    if name and visit.office["id"].startswith("cpas_"):
        # "CPAS de Schaerbeek" -> "Service social (CPAS) de Schaerbeek": the abbreviation comes
        # with its meaning, shorter than the meaning added after its first use.
        abbreviation, _, rest = name.partition(" ")
        return " ".join(filter(None, (say(language, SOCIAL_SERVICE, abbreviation=abbreviation), rest)))
    if not name:
        name = words(BODIES, visit.body, language) if visit.body in BODIES else visit.office["id"]
    return name


def heading_lines(number: int, visit: Visit, language: str) -> list[str]:
    """"Visit 1: Famiris", then what the office is when its body's words say more than its name
    ("Where: your family allowance fund, for example Famiris."); an office known only by its
    body's words gets them on their own line, as they can be long."""
    named = bool((visit.office.get("name") or {}).get(language)) or visit.body in BODY_SHORT_NAMES
    described = visit.body in BODIES and not visit.office["id"].startswith("cpas_")
    where = [say(language, "Where: {office}.", office=words(BODIES, visit.body, language))] if described else []
    if named or not described:
        return [say(language, "Visit {number}: {office}", number=number, office=office_name(visit, language)), *where]
    return [say(language, "Visit {number}", number=number), *where]


def summary(visits: list[Visit], language: str) -> str:
    """The first message: per office, a numbered line and the rights to ask there. How to get
    the details is said by the buttons of the result's last message, not here: this message
    must fit in three SMS segments."""
    lines = [say(language, ONE_VISIT if len(visits) == 1 else VISITS)]
    for number, visit in enumerate(visits, start=1):
        name = office_name(visit, language)
        lines.append(f"{number}. {name[:1].upper()}{name[1:]}")  # a body's words start in lower case
        lines.extend(ITEM + short_name(right["id"], language) for right in visit.rights)
    return "\n".join(lines)


def short_name(right: str, language: str) -> str:
    return words(RIGHT_SHORT_NAMES if right in RIGHT_SHORT_NAMES else RIGHT_NAMES, right, language)


def contact_lines(visit: Visit, language: str, brief: bool = False) -> list[str]:
    """Address, phone, opening hours where known, and website (not by SMS); a CPAS whose
    address or phone the reference did not give says to check with the commune."""
    office = visit.office
    name = office_name(visit, language)
    lines = []
    if office.get("address"):
        lines.append(say(language, "Address: {address}.", address=office["address"]))
    if office.get("phone") and office["phone"] not in name:
        lines.append(say(language, "Phone: {phone}.", phone=office["phone"]))
    hours = hours_line(office["id"], language)
    if hours:
        lines.append(hours)
    if office.get("url") and not brief:
        lines.append(say(language, "Website: {website}", website=office["url"]))
    if office["id"].startswith("cpas_") and not (office.get("address") and office.get("phone")):
        lines.append(say(language, "Ask your commune for the office's exact address and hours."))
    return lines


# What the person told of a right already asked for (actions/screening/claims.py), said in its
# visit so that the printed page reminds them at the office.
CLAIMED = {
    "refused": N_("You said it was refused: you can contest the decision."),
    "waiting": N_("You said you have no answer yet: ask where your request stands."),
}


def visit_text(number: int, visit: Visit, language: str, brief: bool = False,
               claims: dict[str, str] | None = None) -> str:
    """One visit: the office and its contact, the rights to ask (by SMS the first message named
    them already), what the person said of a right already asked for, and the documents, each
    once."""
    claims = claims or {}
    lines = heading_lines(number, visit, language)
    lines.extend(contact_lines(visit, language, brief))
    # By SMS the first message named the rights already: only one whose "maybe" must be explained,
    # or that the person already asked for.
    asked = [right for right in visit.rights if not brief or _told(right) or right["id"] in claims]
    if asked:
        lines.append(say(language, "Ask for:"))
        for right in asked:
            lines.append(f"• {words(RIGHT_NAMES, right['id'], language)}")
            lines.extend(say(language, reason_message(right["id"], code)) for code in _told(right))
            claimed = CLAIMED.get(claims.get(right["id"], ""))
            if claimed:
                lines.append(say(language, claimed))
    if visit.documents:
        lines.append(bring_line(list(visit.documents), language))
    if any(urgency(right) == 0 for right in visit.rights):
        lines.append(say(language, ASK_SOON))
    return "\n".join(lines)


def _told(right: dict) -> list[str]:
    """The reasons a right's "maybe" rests on that the result itself must say (a stale ceiling)."""
    return [code for code in TOLD_IN_RESULT if code in (right.get("reasons") or ())]


def visit_payload(visit: Visit, language: str) -> dict[str, Any]:
    """A visit as the contract's `result.visits` gives it."""
    office = visit.office
    return {
        # The office's own name where it has one ("CPAS de Schaerbeek", "STIB"), as the person
        # will read it on the door.
        "office": {"id": office["id"], "name": (office.get("name") or {}).get(language) or office_name(visit, language),
                   "address": office.get("address"),
                   "phone": office.get("phone"), "url": office.get("url")},
        "rights": [right["id"] for right in visit.rights],
        "documents": [words(DOCUMENTS, code, language) for code in visit.documents],
    }


def detail_lines(right: dict, language: str, brief: bool = False) -> list[str]:
    """What one right is, its amount and date, where to ask (the office's name only: its contact
    is in the visit), and whether to ask soon."""
    parts = right_parts(right, language, brief)
    lines = [f"• {parts.name}", *parts.about, *where_lines(right, language, brief)[:1]]
    if parts.soon:
        lines.append(say(language, ASK_SOON))
    return lines


def details(visits: list[Visit], language: str, brief: bool = False) -> list[str]:
    """The details of each right of the plan, grouped as "claim now" and "ask about"."""
    rights = [right for visit in visits for right in visit.rights]
    texts = []
    for status, heading in GROUPS:
        group = [right for right in rights if right["status"] == status]
        if group:
            lines = [say(language, heading)]
            for right in group:
                lines.extend(([] if brief else [""]) + detail_lines(right, language, brief))
            texts.append("\n".join(lines))
    return texts
