"""The screening's messages: a question (with its options and the contract's `ask` payload), and
the result grouped as a social worker would say it. Every sentence comes from the catalogs."""

from __future__ import annotations

import datetime
import json
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency

from actions.i18n import say
from actions.screening.conditions import CLAIMABLE, CONDITIONS
from actions.screening.questions import QUESTIONS, options
from actions.screening.vocabulary import BODIES, DOCUMENTS, RIGHT_NAMES, RIGHT_SUMMARIES, TOPICS, N_, words

# "health_insurance=false": the condition as the payload names it.
CONDITION_KEYS = {message: f"{field}={str(value).lower()}" for (field, value), message in CONDITIONS.items()}

LOCALES = {"fr": "fr_BE", "nl": "nl_BE"}
GROUPS = (
    ("eligible", N_("Rights you can claim now:")),
    ("possibly_eligible", N_("Rights to ask about:")),
    ("automatic", N_("Rights that should come by themselves. Check that they do:")),
)
AMOUNTS = {
    ("month", "up_to"): N_("Up to {amount} a month, amount of {date}."),
    ("month", "exact"): N_("About {amount} a month, amount of {date}."),
    ("year", "up_to"): N_("Up to {amount} a year, amount of {date}."),
    ("year", "exact"): N_("About {amount} a year, amount of {date}."),
    ("once", "up_to"): N_("Up to {amount} once, amount of {date}."),
    ("once", "exact"): N_("About {amount} once, amount of {date}."),
    ("year", "cost_ceiling"): N_("Your costs stop at {amount} a year, amount of {date}."),
}


def question(field: str, language: str, *, again: bool = False, volunteer: bool = False) -> dict[str, Any]:
    """The message that asks for `field`; `again` rephrases it after a reply not understood;
    `volunteer` phrases it for someone who asks on the person's behalf (terminal mode)."""
    asked = QUESTIONS[field]
    text, examples = asked.words(language, volunteer)
    lines = []
    if again:
        lines.append(say(language, "Sorry, I did not understand your answer."))
    elif asked.why is not None:
        lines.append(asked.why(language, volunteer))
    lines.append(text)
    if again:
        lines.append(examples)
    choices = options(asked, language)
    return {
        "text": "\n".join(lines),
        "buttons": [
            {"title": label, "payload": "/inform" + json.dumps({"option": value})}
            for value, label in choices
        ],
        "json_message": {
            "ask": field,
            "options": [value for value, _ in choices],
            "language": language,
        },
    }


def noted(language: str) -> str:
    return say(language, "Thank you, I have noted that.")


def skipped(language: str) -> str:
    return say(language, "No problem, we skip this question.")


def money(amount: float, language: str) -> str:
    return format_currency(amount, "EUR", locale=LOCALES[language])


def day(iso: str, language: str) -> str:
    return format_date(datetime.date.fromisoformat(iso), format="long", locale=LOCALES[language])


def right_lines(right: dict, language: str) -> list[str]:
    lines = [f"• {words(RIGHT_NAMES, right['id'], language)}",
             words(RIGHT_SUMMARIES, right["id"], language)]
    amount = right.get("amount")
    if isinstance(amount, dict) and amount.get("value"):
        period = amount.get("period") if amount.get("period") in ("month", "year") else "once"
        template = AMOUNTS.get((period, amount.get("kind")), AMOUNTS[(period, "exact")])
        lines.append(say(language, template, amount=money(amount["value"], language),
                         date=day(amount["valid_from"], language)))
        if amount.get("check_with_office"):
            lines.append(say(language, "The amount may have changed since: the office will tell you."))
    lines.extend(where_lines(right, language))
    documents = right.get("documents") or []
    if documents:
        lines.append(say(language, "Bring: {documents}.",
                         documents=", ".join(words(DOCUMENTS, d, language) for d in documents)))
    advice = (right.get("retroactivity") or {}).get("advice")
    if advice == "ask_soon" and right["status"] in ("eligible", "possibly_eligible"):
        lines.append(say(language, "Ask soon: months you wait may be lost."))
    return lines


def office_lines(office: dict, language: str) -> list[str]:
    """A CPAS/OCMW office from the directory: name, address, phone, website, and where a field
    is NOT FOUND, to check with the commune."""
    lines = [say(language, "Where: {office}.", office=(office.get("name") or {}).get(language, ""))]
    if office.get("address"):
        lines.append(say(language, "Address: {address}.", address=office["address"]))
    if office.get("phone"):
        lines.append(say(language, "Phone: {phone}.", phone=office["phone"]))
    if office.get("website"):
        lines.append(say(language, "Website: {website}", website=office["website"]))
    if not office.get("address") or not office.get("phone"):
        lines.append(say(language, "Ask your commune for the office's exact address and hours."))
    return lines


def where_lines(right: dict, language: str) -> list[str]:
    claim = right.get("claim") or {}
    office = claim.get("office")
    if isinstance(office, dict) and office.get("has_office"):
        return office_lines(office, language)
    body = claim.get("body")
    return [say(language, "Where: {office}.", office=words(BODIES, body, language))] if body else []


def group_text(heading: str, rights: list[dict], language: str) -> str:
    text = [say(language, heading)]
    for right in rights:
        text.append("")
        text.extend(right_lines(right, language))
    return "\n".join(text)


def open_questions_text(rights: list[dict], language: str) -> str:
    """The rights still open because an answer was "I don't know": what each depends on."""
    lines = [say(language, "These rights depend on answers I do not have. Ask the office:")]
    for right in rights:
        topics = ", ".join(words(TOPICS, f, language) for f in right.get("depends_on") or () if f in TOPICS)
        lines.append(f"• {words(RIGHT_NAMES, right['id'], language)}")
        if topics:
            lines.append(say(language, "It depends on: {topics}.", topics=topics))
    return "\n".join(lines)


def result(assessment: dict, language: str,
           conditional: list[tuple[str, list[dict]]] = ()) -> list[dict[str, Any]]:
    """The result: one message per group that has rights, the rights that hang on a condition
    ("if ..."), those still open, then what the person can do next."""
    messages = []
    for status, heading in GROUPS:
        rights = [r for r in assessment["rights"] if r["status"] == status]
        if rights:
            messages.append({"text": group_text(heading, rights, language)})
    for condition, rights in conditional:
        messages.append({"text": group_text(condition, rights, language)})
    told = {r["id"] for _, rights in conditional for r in rights}
    still_open = [r for r in assessment["rights"] if r["status"] == "unknown" and r["id"] not in told
                  and set(r.get("could_be") or ()) & set(CLAIMABLE)]
    if still_open:
        messages.append({"text": open_questions_text(still_open, language)})
    if not messages:
        messages.append({"text": say(language, "I found no right you are missing. The CPAS can still help you.")})
    messages.append({
        "text": say(language, "What do you want to do now?"),
        "buttons": [
            {"title": say(language, "Start again"), "payload": "/restart"},
            {"title": say(language, "Talk to a person"), "payload": "/human_handoff"},
            {"title": say(language, "Delete my data"), "payload": "/delete_data"},
        ],
    })
    return messages


def result_payload(assessment: dict, profile: dict,
                   conditional: list[tuple[str, list[dict]]] = ()) -> dict[str, Any]:
    """The contract's `{"result": ...}` payload, with the engine's ids and statuses; `conditions`
    lists the rights that an unasked yes/no answer would open (their status stays `unknown`)."""
    return {"result": {
        "rights": [{"id": r["id"], "status": r["status"]} for r in assessment["rights"]],
        "profile": profile,
        "conditions": [{"condition": CONDITION_KEYS[condition], "rights": [r["id"] for r in rights]}
                       for condition, rights in conditional],
    }}
