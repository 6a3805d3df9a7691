"""What a handoff code opens: the person's answers and the plan of visits as the result gave
them, in ids and codes that the social worker's page puts in words in its own language.

    {"version": 1, "date": "2026-12-03", "profile": {<contract fields>},
     "rights": [{"id", "status"}], "claims": {right: "refused" | "waiting"},
     "conditions": [{"condition": "heating_oil=true", "rights": [ids]}],
     "visits": [{"office": {"id", "name": {"fr", "nl"} | null, "address", "phone", "url"},
                 "body": code | null, "rights": [ids], "documents": [codes]}]}

Never a message's text, never the sender's id: only the slots of the contract's profile and
what the engine made of them.
"""

from __future__ import annotations

import datetime
from typing import Any, Mapping

from actions.screening.conditions import conditional_rights
from actions.screening.flow import next_step, profile_from_slots
from actions.screening.messages import CONDITION_KEYS
from actions.screening.visits import Visit, plan

VERSION = 1


def _office(office: Mapping[str, Any]) -> dict[str, Any]:
    name = office.get("name")
    return {"id": office["id"], "name": dict(name) if isinstance(name, Mapping) else None,
            "address": office.get("address"), "phone": office.get("phone"), "url": office.get("url")}


def build(slots: Mapping[str, Any], claims: Mapping[str, str], language: str,
          day: datetime.date | None = None) -> dict[str, Any]:
    """The dossier of the screening the slots hold, as its result showed it."""
    profile = profile_from_slots(slots)
    step = next_step(slots)
    conditional = conditional_rights(profile, step.conditions, step.assessment)
    told = {r["id"] for _, rights in conditional for r in rights}
    statuses = {r["id"]: r["status"] for r in step.assessment["rights"]}
    return {
        "version": VERSION,
        "date": (day or datetime.date.today()).isoformat(),
        "profile": profile,
        "rights": [{"id": right, "status": status} for right, status in statuses.items()],
        "claims": {right: outcome for right, outcome in (claims or {}).items() if right in statuses},
        "conditions": [{"condition": CONDITION_KEYS[condition], "rights": [r["id"] for r in rights]}
                       for condition, rights in conditional],
        "visits": [{"office": _office(visit.office), "body": visit.body,
                    "rights": [r["id"] for r in visit.rights], "documents": list(visit.documents)}
                   for visit in plan(step.assessment, language, told)],
    }


def visits_of(dossier: Mapping[str, Any]) -> list[Visit]:
    """The dossier's visits as the plan's own objects, for plan_text to put in words."""
    statuses = {r["id"]: r["status"] for r in dossier.get("rights") or ()}
    return [Visit(visit["office"], visit.get("body"),
                  tuple({"id": right, "status": statuses.get(right, "unknown")} for right in visit["rights"]),
                  tuple(visit.get("documents") or ()))
            for visit in dossier.get("visits") or ()]
