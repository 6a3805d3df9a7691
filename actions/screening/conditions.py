"""Rights that hang on one yes/no answer: told as "if this is your case" instead of asked.

A yes/no question that can change only one right costs the person a whole turn for one line of
the result. Such a question is not asked; the result says instead, for each answer that would
open a right, "If you heat your home with heating oil:" and that right. This keeps the screening
short without hiding a right: the person reads the condition and knows whether it is theirs.
Questions that can change two rights or more are asked as usual.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from actions.eligibility.engine import assess, statuses_of
from actions.eligibility.profile import BOOL_FIELDS
from actions.screening.vocabulary import N_

CLAIMABLE = ("eligible", "possibly_eligible", "automatic")

# The sentence that opens the rights a yes/no answer would open, per field and answer.
CONDITIONS: dict[tuple[str, bool], str] = {
    ("health_insurance", True): N_("If you are a member of a health insurance fund:"),
    ("health_insurance", False): N_("If you are not a member of a health insurance fund:"),
    ("social_housing_candidate", True): N_("If you are on the waiting list for social housing:"),
    ("social_housing_candidate", False): N_("If you are not yet on the waiting list for social housing:"),
    ("owns_property", True): N_("If your household owns a house, a flat or land:"),
    ("owns_property", False): N_("If your household owns no house, flat or land:"),
    ("disability", True): N_("If you have a disability or a serious health problem:"),
    ("disability", False): N_("If you have no disability:"),
    ("student", True): N_("If you are at school or studying:"),
    ("student", False): N_("If you are not studying:"),
    ("heating_oil", True): N_("If you heat your home with heating oil, lamp oil or propane:"),
    ("heating_oil", False): N_("If you do not heat with heating oil:"),
    ("energy_debt", True): N_("If it is hard to pay your gas or electricity bills:"),
    ("energy_debt", False): N_("If you pay your energy bills without trouble:"),
}


def unknown_rights(assessment: Mapping[str, Any]) -> list[dict]:
    return [r for r in assessment["rights"] if r["status"] == "unknown"]


def told_as_condition(field: str, assessment: Mapping[str, Any]) -> bool:
    """True when `field` is a yes/no question that can change at most one right of the result,
    and that right hangs on this answer alone: an "if ..." line then settles it. A right that
    also hangs on another answer (social housing: the waiting list and property) is asked about,
    so that a right the person could claim is not left open when questions would settle it."""
    if field not in BOOL_FIELDS:
        return False
    depending = [r for r in unknown_rights(assessment) if field in (r.get("depends_on") or ())]
    return len(depending) <= 1 and all(list(r.get("depends_on") or ()) == [field] for r in depending)


def conditional_rights(profile: Mapping[str, Any], fields: Iterable[str],
                       base: Mapping[str, Any] | None = None) -> list[tuple[str, list[dict]]]:
    """For each answer of the fields left unasked, the rights that answer would open.

    The statuses of every answer are compared in one simulation; only the answers that open a
    right are assessed in full, so each right comes with its amount, office and documents, as it
    would after the question. `base` is the profile's assessment when the caller has it.
    Returns (condition message id, rights) pairs.
    """
    base = base or assess(dict(profile))
    before = {r["id"]: r["status"] for r in base["rights"]}
    answers = [(field, value) for field in fields for value in (True, False)]
    variants = statuses_of([{**profile, field: value} for field, value in answers])
    opening: list[tuple[str, bool, set[str]]] = []
    shown: set[str] = set()
    for (field, value), statuses in zip(answers, variants):
        opens = {r for r, s in statuses.items() if s in CLAIMABLE and before.get(r) == "unknown"} - shown
        if opens:
            shown.update(opens)
            opening.append((field, value, opens))
    # Each of these fields changes one right only, so one assessment with every opening answer
    # gives each right's details; a right it does not open (answers that interact) is assessed alone.
    together = {r["id"]: r for r in assess({**profile, **{f: v for f, v, _ in opening}})["rights"]}
    found: list[tuple[str, list[dict]]] = []
    for field, value, opens in opening:
        rights = [together[r] for r in sorted(opens) if together[r]["status"] in CLAIMABLE]
        if len(rights) < len(opens):
            rights = [r for r in assess({**profile, field: value})["rights"] if r["id"] in opens]
        found.append((CONDITIONS[(field, value)], rights))
    return found
