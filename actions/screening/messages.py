"""The screening's messages: a question (with its options and the contract's `ask` payload), and
the result grouped as a social worker would say it. Every sentence comes from the catalogs."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from typing import Any, Iterable

from babel.dates import format_date
from babel.numbers import format_currency

from actions.directory.offices import office_for
from actions.i18n import say, say_for
from actions.screening import income_ranges
from actions.screening.conditions import CLAIMABLE, CONDITIONS
from actions.screening.questions import QUESTIONS, options
from actions.screening.reasons import reason_message
from actions.screening.vocabulary import BODIES, DOCUMENTS, RIGHT_NAMES, RIGHT_SUMMARIES, TOPICS, N_, words

# "health_insurance=false": the condition as the payload names it.
CONDITION_KEYS = {message: f"{field}={str(value).lower()}" for (field, value), message in CONDITIONS.items()}

LOCALES = {"fr": "fr_BE", "nl": "nl_BE"}
GROUPS = (
    ("eligible", N_("Rights you can claim now:")),
    ("possibly_eligible", N_("Rights to ask about:")),
)
AUTOMATIC = N_("Rights that should come by themselves. If one does not come, ask for it:")
AMOUNTS = {
    ("month", "up_to"): N_("Up to {amount} a month, amount of {date}."),
    ("month", "exact"): N_("About {amount} a month, amount of {date}."),
    ("year", "up_to"): N_("Up to {amount} a year, amount of {date}."),
    ("year", "exact"): N_("About {amount} a year, amount of {date}."),
    ("once", "up_to"): N_("Up to {amount} once, amount of {date}."),
    ("once", "exact"): N_("About {amount} once, amount of {date}."),
    ("year", "cost_ceiling"): N_("Your costs stop at {amount} a year, amount of {date}."),
}
# An amount the engine computed from a sourced rule (`derived`), not read in a source: "about".
DERIVED_AMOUNTS = {
    ("month", "up_to"): N_("Up to about {amount} a month, estimated amount of {date}."),
    ("month", "exact"): N_("About {amount} a month, estimated amount of {date}."),
    ("year", "up_to"): N_("Up to about {amount} a year, estimated amount of {date}."),
    ("year", "exact"): N_("About {amount} a year, estimated amount of {date}."),
    ("once", "up_to"): N_("Up to about {amount} once, estimated amount of {date}."),
    ("once", "exact"): N_("About {amount} once, estimated amount of {date}."),
    ("year", "cost_ceiling"): N_("Your costs stop at about {amount} a year, estimated amount of {date}."),
}
# Reasons the result itself says, short as it is: without it a "maybe" would read as a plain one.
TOLD_IN_RESULT = ("ceiling_may_have_risen",)

ASK_SOON = N_("Ask soon: months you wait may be lost.")


def _asking(field: str, choices: list[tuple[str, str]], language: str) -> dict[str, Any]:
    """The buttons of (value, label) choices, and the contract's `ask` payload with their values."""
    return {
        "buttons": [
            {"title": label, "payload": "/inform" + json.dumps({"option": value})}
            for value, label in choices
        ],
        "json_message": {"ask": field, "options": [value for value, _ in choices], "language": language},
    }


def income_choices(profile: dict, language: str) -> list[tuple[str, str]]:
    """Income ranges whose edges are the ceilings that matter for this household, as buttons."""
    choices = []
    for low, high in income_ranges.ranges(profile):
        if low == 0:
            label = say(language, "Less than {amount}").format(amount=whole_money(high, language))
        elif high is None:
            label = say(language, "More than {amount}").format(amount=whole_money(low, language))
        else:
            label = say(language, "From {low} to {high}").format(low=whole_money(low, language),
                                                                 high=whole_money(high, language))
        choices.append((income_ranges.value(low, high), label))
    return choices


def question(field: str, language: str, *, again: bool = False, volunteer: bool = False,
             profile: dict | None = None) -> dict[str, Any]:
    """The message that asks for `field`; `again` rephrases it after a reply not understood;
    `volunteer` phrases it for someone who asks on the person's behalf (terminal mode); with
    the `profile` so far, the income question offers ranges that matter for it."""
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
    choices = options(asked, language, volunteer)
    if field == "monthly_income" and profile is not None:
        choices = income_choices(profile, language) + choices
    return {"text": "\n".join(lines), **_asking(field, choices, language)}


def which_commune(postal_code: str, communes: tuple[str, ...], language: str, *,
                  volunteer: bool = False) -> dict[str, Any]:
    """Asks which commune, when the postal code given is shared by several (1040, 1050); one
    button a commune, answered like the commune question."""
    choices = [(commune, office_for(commune)["commune"][language]) for commune in communes]
    shared = say(language, "The postal code {code} belongs to more than one commune.").format(code=postal_code)
    if volunteer:
        question_text = say_for(language, "volunteer", "Which of these communes does the person live in?")
    else:
        question_text = say(language, "Which of these communes do you live in?")
    return {"text": "\n".join((shared, question_text)), **_asking("commune", choices, language)}


def noted(language: str) -> str:
    return say(language, "Thank you, I have noted that.")


def skipped(language: str) -> str:
    return say(language, "No problem, we skip this question.")


def money(amount: float, language: str) -> str:
    return format_currency(amount, "EUR", locale=LOCALES[language])


def whole_money(amount: float, language: str) -> str:
    """An amount in whole euros, as on a button ("1 350 €")."""
    return format_currency(amount, "EUR", locale=LOCALES[language], format="#,##0\u00a0¤", currency_digits=False)


def day(iso: str, language: str) -> str:
    date = datetime.date.fromisoformat(iso)
    text = format_date(date, format="long", locale=LOCALES[language])
    if language == "fr" and date.day == 1 and text.startswith("1 "):
        text = "1er" + text[1:]   # French says "1er janvier", babel gives "1 janvier"
    return text


@dataclass(frozen=True)
class RightParts:
    """What the result says of one right, part by part."""

    name: str
    about: list[str]        # what it is, the amount and its date
    where: list[str]
    bring: str | None
    soon: bool


def right_parts(right: dict, language: str, brief: bool = False) -> RightParts:
    """`brief` (SMS, where every character costs) drops the explanations and the website."""
    about = [] if brief else [words(RIGHT_SUMMARIES, right["id"], language)]
    about.extend(say(language, reason_message(right["id"], code))
                 for code in TOLD_IN_RESULT if code in (right.get("reasons") or ()))
    amount = right.get("amount")
    if isinstance(amount, dict) and amount.get("value"):
        period = amount.get("period") if amount.get("period") in ("month", "year") else "once"
        templates = DERIVED_AMOUNTS if amount.get("derived") else AMOUNTS
        template = templates.get((period, amount.get("kind")), templates[(period, "exact")])
        about.append(say(language, template, amount=money(amount["value"], language),
                         date=day(amount["valid_from"], language)))
        if amount.get("check_with_office") and not brief:
            about.append(say(language, "The amount may have changed since: the office will tell you."))
    documents = right.get("documents") or []
    advice = (right.get("retroactivity") or {}).get("advice")
    return RightParts(
        name=words(RIGHT_NAMES, right["id"], language),
        about=about,
        where=where_lines(right, language, brief),
        bring=bring_line(documents, language) if documents else None,
        soon=advice == "ask_soon" and right["status"] in ("eligible", "possibly_eligible"),
    )


# A document to bring is an item of a list under "Bring:", one a line, so that a long list stays
# readable (the widget shows these lines as a bulleted list; "•" starts a right, not an item).
# What a right depends on, and the conditions met, are listed the same way.
ITEM = "– "


def bring_line(documents: list[str], language: str) -> str:
    """The line "Bring:", then the documents one a line, as a bulleted list."""
    return "\n".join([say(language, "Bring:"),
                      *(ITEM + words(DOCUMENTS, d, language) for d in documents)])


def right_lines(right: dict, language: str) -> list[str]:
    parts = right_parts(right, language)
    lines = [f"• {parts.name}", *parts.about, *parts.where]
    if parts.bring:
        lines.append(parts.bring)
    if parts.soon:
        lines.append(say(language, ASK_SOON))
    return lines


def office_lines(office: dict, language: str, brief: bool = False) -> list[str]:
    """A CPAS/OCMW office from the directory: name, address, phone, website (not in `brief`),
    and where a field is NOT FOUND, to check with the commune."""
    lines = [say(language, "Where: {office}.", office=(office.get("name") or {}).get(language, ""))]
    if office.get("address"):
        lines.append(say(language, "Address: {address}.", address=office["address"]))
    if office.get("phone"):
        lines.append(say(language, "Phone: {phone}.", phone=office["phone"]))
    if office.get("website") and not brief:
        lines.append(say(language, "Website: {website}", website=office["website"]))
    if not office.get("address") or not office.get("phone"):
        lines.append(say(language, "Ask your commune for the office's exact address and hours."))
    return lines


def where_lines(right: dict, language: str, brief: bool = False) -> list[str]:
    claim = right.get("claim") or {}
    office = claim.get("office")
    if isinstance(office, dict) and office.get("has_office"):
        return office_lines(office, language, brief)
    body = claim.get("body")
    return [say(language, "Where: {office}.", office=words(BODIES, body, language))] if body else []


def group_text(heading: str, rights: list[dict], language: str, brief: bool = False) -> str:
    if brief:
        return brief_group_text(heading, rights, language)
    text = [say(language, heading)]
    for right in rights:
        text.append("")
        text.extend(right_lines(right, language))
    return "\n".join(text)


def brief_group_text(heading: str, rights: list[dict], language: str) -> str:
    """A group for SMS, where every character costs: each right with its amount and office, an
    office's address and phone only the first time, and everything to bring once at the end."""
    text = [say(language, heading)]
    shown: set[tuple[str, ...]] = set()
    documents: list[str] = []
    soon = False
    for right in rights:
        parts = right_parts(right, language, brief=True)
        text.append(f"• {parts.name}")
        text.extend(parts.about)
        where = tuple(parts.where)
        text.extend(where[:1] if where in shown else where)
        shown.add(where)
        documents.extend(d for d in right.get("documents") or () if d not in documents)
        soon |= parts.soon
    if documents:
        text.append(bring_line(documents, language))
    if soon:
        text.append(say(language, ASK_SOON))
    return "\n".join(text)


def topic_lines(fields, language: str) -> list[str]:
    """What a right still depends on, as a bulleted list under "It depends on:" (a right may hang
    on nine answers, too many for one sentence); nothing when no field has words."""
    topics = [words(TOPICS, f, language) for f in fields if f in TOPICS]
    if not topics:
        return []
    return [say(language, "It depends on:"), *(ITEM + topic for topic in topics)]


def open_questions_text(rights: list[dict], language: str) -> str:
    """The rights still open because an answer was "I don't know": what each depends on."""
    lines = [say(language, "These rights depend on answers I do not have. Ask the office:")]
    for right in rights:
        lines.append(f"• {words(RIGHT_NAMES, right['id'], language)}")
        lines.extend(topic_lines(right.get("depends_on") or (), language))
        lines.extend(where_lines(right, language, brief=True))  # "Ask the office" says which one
    return "\n".join(lines)


def result(assessment: dict, language: str, conditional: list[tuple[str, list[dict]]] = (),
           brief: bool = False, claims: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The result: the plan of visits (a short first message, then one message a visit), the
    rights that should come by themselves, those that hang on a condition ("if ..."), those
    still open, then what the person can do next; `brief` for SMS; `claims` the rights the
    person said were refused or unanswered. A message's `custom` says what it is to the widget
    (`plan`, `visit`)."""
    from actions.screening import plan_text  # built on this module's parts
    from actions.screening.visits import plan

    told = {r["id"] for _, rights in conditional for r in rights}
    visits = plan(assessment, language, told)
    messages: list[dict[str, Any]] = []
    if visits:
        messages.append({"text": plan_text.summary(visits, language), "custom": {"plan": "summary"}})
        messages.extend({"text": plan_text.visit_text(number, visit, language, brief, claims), "custom": {"visit": number}}
                        for number, visit in enumerate(visits, start=1))
    automatic = [r for r in assessment["rights"] if r["status"] == "automatic"]
    if automatic:
        messages.append({"text": group_text(AUTOMATIC, automatic, language, brief)})
    for condition, rights in conditional:
        messages.append({"text": group_text(condition, rights, language, brief)})
    still_open = [r for r in assessment["rights"] if r["status"] == "unknown" and r["id"] not in told
                  and set(r.get("could_be") or ()) & set(CLAIMABLE)]
    if still_open:
        messages.append({"text": open_questions_text(still_open, language)})
    if not messages:
        messages.append({"text": say(language, "I found no right you are missing. The CPAS can still help you.")})
    details = [{"title": say(language, "Details of each right"), "payload": say(language, plan_text.DETAILS)}]
    messages.append({
        "text": say(language, "What do you want to do now?"),
        "buttons": (details if visits else []) + [
            {"title": say(language, "Start again"), "payload": "/restart"},
            {"title": say(language, "Talk to a person"), "payload": "/human_handoff"},
            {"title": say(language, "Delete my data"), "payload": "/delete_data"},
        ],
    })
    return messages


def details(assessment: dict, language: str, brief: bool = False, told: Iterable[str] = ()) -> list[dict[str, Any]]:
    """The details of each right of the plan, asked for after the result; `told` are the rights
    the result gives under a condition, which are no visit."""
    from actions.screening import plan_text
    from actions.screening.visits import plan

    visits = plan(assessment, language, told)
    texts = plan_text.details(visits, language, brief)
    still_open = [r for visit in visits for r in visit.rights if r["status"] == "unknown"]
    if still_open:
        texts.append(open_questions_text(still_open, language))
    return [{"text": text, "custom": {"details": True}} for text in texts] or [
        {"text": say(language, "I found no right you are missing. The CPAS can still help you.")}]


def result_payload(assessment: dict, profile: dict,
                   conditional: list[tuple[str, list[dict]]] = (), language: str = "fr",
                   claims: dict[str, str] | None = None) -> dict[str, Any]:
    """The contract's `{"result": ...}` payload, with the engine's ids and statuses; `conditions`
    lists the rights that an unasked yes/no answer would open (their status stays `unknown`);
    `visits` the plan of visits in order, each office's rights and documents (words, in
    `language`); `claims` the rights the person said were refused or left without answer."""
    from actions.screening import plan_text
    from actions.screening.visits import plan

    told = {r["id"] for _, rights in conditional for r in rights}
    return {"result": {
        "visits": [plan_text.visit_payload(visit, language) for visit in plan(assessment, language, told)],
        "claims": dict(claims or {}),
        "rights": [{"id": r["id"], "status": r["status"]} for r in assessment["rights"]],
        "profile": profile,
        "conditions": [{"condition": CONDITION_KEYS[condition], "rights": [r["id"] for r in rights]}
                       for condition, rights in conditional],
    }}
