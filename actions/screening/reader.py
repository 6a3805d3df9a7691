"""What a message means, given the pending question: the one reader of every reply.

It returns exactly one of:
- `Answers`: values for one or several fields (None: "I don't know" / "I'd rather not say"),
  possibly with a shared postal code to clarify and a right the message names;
- `Correction`: values that change earlier answers (or answer ahead) without answering the
  pending question ("non, j'ai 45 ans" while a yes/no is pending);
- `SideRequest`: why, why not X, help, a person, language, delete, restart, stop, thanks, hello,
  and, after the result, the details of each right;
- `ClaimReported`: a right asked for and refused, or never answered ("on m'a refusé le BIM"),
  at any question: it is never an answer that the right is received;
- `NotUnderstood`.

Pure: no Rasa, no catalogs. The inputs are what the channel and the NLU give: the pending
field (None before the first question and after the result), the text, the intent and entities
of the NLU parse, and the fields already answered.

Order, and why: a button answers its question; a message that asks why is a question, never an
answer ("pourquoi pas la GRAPA ?" names an aid the benefits question would take); then a reply
the pending question understands is its answer whatever the intent (the classifier takes
"alleen" for a goodbye, "hébergée" for delete my data); then side requests; then corrections.
With nothing pending, every fact the message gives is kept and the screening starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from actions.screening.answers import Ambiguous, interpret, plain, says_nothing, volunteered
from actions.screening.claims import claim_in
from actions.screening.lexicon_phrases import first_at, is_one_of
from actions.screening.questions import QUESTIONS
from actions.screening.right_mentions import mentioned_right
from actions.screening.situation import facts, home_lived_in, shared_postal_code


@dataclass(frozen=True)
class Answers:
    values: Mapping[str, Any]
    ambiguous: Ambiguous | None = None
    right: str | None = None


@dataclass(frozen=True)
class Correction:
    values: Mapping[str, Any]


@dataclass(frozen=True)
class SideRequest:
    kind: str                 # why, why_not, help, handoff, language, delete, restart, stop, thanks, greet, details
    right: str | None = None  # the right a "why not" names


@dataclass(frozen=True)
class ClaimReported:
    outcome: str                  # refused or waiting (actions/screening/claims.py)
    right: str | None = None      # the right named, if any
    values: Mapping[str, Any] = field(default_factory=dict)  # facts of a first message, benefits apart


@dataclass(frozen=True)
class NotUnderstood:
    pass


Reading = Answers | Correction | SideRequest | ClaimReported | NotUnderstood

SIDE_INTENTS = {
    "why": "why", "why_not": "why_not", "help": "help", "human_handoff": "handoff",
    "switch_language": "language", "delete_data": "delete", "restart": "restart",
    "goodbye": "stop", "thanks": "thanks", "greet": "greet",
}

# Fields a message about a refused right seems to answer through the aid it names.
CLAIM_HIDES = ("benefits", "income_sources")

_WHY = re.compile(r"(?<![a-z])(pourquoi|pq|pk|pkoi|waarom|why|hoezo|comment ca|a quoi (?:ca )?sert|pour quoi faire|c'?est pour quoi|"
                  r"waarvoor|waartoe)(?![a-z])")


# "c'est quoi le BIM ?", "wat is een ziekenfonds": a question about a word, never its answer.
_WHAT = re.compile(r"^\s*(c'?est quoi|c koi|c quoi|cest koi|qu'?est-ce que c'?est|qu'?est ce que|ca veut dire quoi|que veut dire|"
                   r"que voulez-vous dire|qu'entendez-vous par|wat is|wat zijn|wat betekent|wat wil .{0,20}zeggen|"
                   r"wat bedoel\w* (?:u|je|jij|jullie) met|what is|what does)(?![a-z])"
                   r"|(c'?est quoi|c koi|c quoi|ca veut dire quoi|wat is dat|wat is het|wat betekent dat|qu'?est-ce que c'?est)"
                   r"\s*(exactement|au juste|ca|precies|eigenlijk)?\s*\??\s*$")


# Section of nlu/lexicon/requests_*.yaml -> the side request it makes, the weightiest first ("j'ai
# plus envie, effacez tout" asks to delete); "does this count?" and "I don't know what that is" ask
# for help.
REQUEST_KINDS = {"delete": "delete", "restart": "restart", "language": "language", "handoff": "handoff", "stop": "stop",
                 "counts": "help", "what_is": "help"}


def request_in(text: str) -> str | None:
    """The side request a message makes in so many words, or None."""
    return next((kind for section, kind in REQUEST_KINDS.items() if first_at("requests", section, text) is not None), None)


def asks_why(text: str) -> bool:
    return _WHY.search(plain(text)) is not None


def asks_what(text: str) -> bool:
    return _WHAT.search(plain(text)) is not None


def _entities(entities: Iterable[dict], name: str) -> list:
    return [e.get("value") for e in entities or () if e.get("entity") == name]


def given_besides(pending: str | None, offered: Mapping[str, Any]) -> dict[str, Any]:
    """Values for other fields than the pending one. While children or their ages are asked,
    "4 et 9 ans" gives ages of children, not the person's age."""
    skip = {pending, "age"} if pending in ("children", "children_ages") else {pending}
    return {f: v for f, v in offered.items() if f not in skip}


def read(pending: str | None, text: str, parse: Mapping[str, Any],
         answered: Mapping[str, Any] | None = None) -> Reading:
    """The meaning of one message; `answered` maps the fields already answered to their values."""
    answered = answered or {}
    intent = ((parse.get("intent") or {}).get("name")) or ""
    entities = list(parse.get("entities") or ())
    side = SIDE_INTENTS.get(intent)
    if pending not in QUESTIONS:
        pending = None
    options = _entities(entities, "option")
    if pending and options:
        answer = interpret(pending, text, intent, entities)
        return Answers({pending: answer.value}) if answer is not None and not isinstance(answer, Ambiguous) else NotUnderstood()
    claim = claim_in(text)
    if claim is not None and pending == "social_housing_candidate" and claim.outcome == "waiting" \
            and claim.right in (None, "social_housing"):
        return Answers({pending: True})  # "ik wacht al 6 jaar": waiting for a home is being on the list
    if claim is not None:
        # Before "why" too: "pourquoi on m'a refusé le BIM ?" needs what to do, not the rule.
        # A first message's other facts are kept, but not what its aid words would say: the
        # refused right is not received, and "le CPAS m'a refusé" is no income from the CPAS.
        stated = facts(text, entities, number_asked=False, asked=None) if pending is None and not answered else {}
        if pending:
            # "rien pour l'instant, j'attends la réponse du CPAS" answers the income question too;
            # "nee nog niks, ik heb een aanvraag gedaan" says no right is received yet.
            if pending in CLAIM_HIDES:
                # The aid and the office the claim names are not received: only "nothing" answers.
                if says_nothing(text):
                    return ClaimReported(claim.outcome, claim.right, {pending: [] if pending == "benefits" else ["none"]})
            else:
                answer = interpret(pending, text, intent, entities)
                if answer is not None and not isinstance(answer, Ambiguous):
                    return ClaimReported(claim.outcome, claim.right, {pending: answer.value})
        return ClaimReported(claim.outcome, claim.right,
                             {f: v for f, v in stated.items() if f not in CLAIM_HIDES})
    asked_for = request_in(text) if pending else None
    if asked_for:
        # "je veux parler à une vraie personne", "wis mijn gegevens": a request in so many words is
        # never an answer, whatever else its words would say (nlu/lexicon/requests_*.yaml).
        return SideRequest(asked_for)
    if pending is None and answered and is_one_of("plan", "details", text):
        return SideRequest("details")
    if asks_why(text):
        right = mentioned_right(text)
        if pending is None and not answered:
            # "ik krijg geen huurtoelage, waarom niet? ik huur voor 750 in Anderlecht": a first
            # message that asks why and tells a situation starts the screening with that right
            # named, keeping every fact, which answers the "why" better than the rule alone.
            stated = facts(text, entities, number_asked=False, asked=None)
            if stated:
                return _without_question(text, None, stated, entities, answered)
        return SideRequest("why_not" if right or intent == "why_not" else "why", right)
    stated = facts(text, entities, number_asked=bool(pending and (QUESTIONS[pending].numeric or pending == "children_ages")),
                   asked=pending)
    if asks_what(text) and (pending is not None or answered or not stated):
        return SideRequest("help")
    if pending is None:
        # "wat is de verhoogde tegemoetkoming? ik ben werkloos, 57 jaar…": a first message that
        # asks about a right and tells a situation starts the screening with that right named.
        return _without_question(text, None if asks_what(text) else side, stated, entities, answered)
    number_asked = QUESTIONS[pending].numeric or pending == "children_ages"
    answer = interpret(pending, text, intent, entities)
    offered = {**stated, **volunteered(entities, text, number_asked=number_asked)}
    value = answer.value if answer is not None and not isinstance(answer, Ambiguous) else offered.get(pending)
    if value is None and offered.get(pending) is not None and not _entities(entities, "answer"):
        value = offered[pending]  # the classifier's "rather not say" for "elle est en 3e secondaire": the fact wins
    understood = (answer is not None and not isinstance(answer, Ambiguous)) or pending in offered
    given = given_besides(pending, offered)
    corrected = {f: v for f, v in given.items() if f in answered and answered[f] != v}
    request = side if side not in (None, "greet") else None
    if corrected and request is None:
        # "non, j'ai 45 ans": the reply corrects an earlier answer, and its "non" is not the
        # answer to the pending question, which is asked again if still needed.
        return Correction(given)
    if understood:
        if pending == "social_housing_candidate" and value is True and given.get("housing") == "social_rent":
            given = {f: v for f, v in given.items() if f != "housing"}  # "inscrite au Foyer": on its list, not its tenant
        if pending == "owns_property" and value is True and "housing" not in given and home_lived_in(text):
            given = {**given, "housing": "owner"}  # "oui, la maison où on habite"
        values = {pending: value, **given}
        if pending == "children_ages" and isinstance(value, list) and answered.get("children") not in (None, len(value)):
            values["children"] = len(value)  # "4 et 9 ans" after "un enfant": two children
        return Answers(values)
    if isinstance(answer, Ambiguous):
        return Answers(given, ambiguous=answer)
    if request:
        # "c'est quoi le CPAS ?" asks for help: the aid it names is no answer.
        return SideRequest(request, mentioned_right(text) if request == "why_not" else None)
    if given:
        return Correction(given)
    if side:
        return SideRequest(side)
    return NotUnderstood()


def _without_question(text: str, side: str | None, stated: dict, entities: list, answered: Mapping[str, Any]) -> Reading:
    """Nothing is pending: a first message, or a message after the result."""
    if side in ("restart", "delete", "language", "handoff", "help", "thanks", "stop") and (not stated or "?" in text):
        # A question ("c'est quoi le CPAS ?") is answered as such; the screening starts after it.
        return SideRequest(side)
    if answered:
        # After the result: new facts change the profile, and the result is given again.
        if stated:
            return Correction(stated)
        return SideRequest(side) if side else NotUnderstood()
    return Answers(stated, ambiguous=shared_postal_code(entities) if "commune" not in stated else None,
                   right=mentioned_right(text))
