"""What every typed message gets: the reader says what it means given the pending question, then
the answers are stored, the side request answered, or the question asked again in other words.
Plain functions, used by action_reply, and by action_restart when the classifier took an answer
for "start again"."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.audience import for_volunteer
from actions.eligibility.engine import assess
from actions.eligibility.profile import FIELDS
from actions.followup import conversation as followup
from actions.language import conversation_language, detected_language
from actions.observatory import conversation as observatory
from actions.replies import claim, delete, details, goodbye, greeting, handoff, help, not_understood, restart, right_named, thanks, why
from actions.replies import language as switch
from actions.screening import messages
from actions.screening.flow import profile_from_slots
from actions.screening.reader import Answers, ClaimReported, Correction, NotUnderstood, SideRequest, read
from actions.screening.turn import ask_or_conclude, repeat_pending_question, slots_of, store

# After this many replies not understood, the question is skipped as unknown: a person stuck on
# one question must not leave. Its buttons and examples were offered each time.
MAX_MISSES = 2

# Side requests that answer and then bring the pending question back (or start the screening).
ANSWER_THEN_GO_ON = {"help": help.reply, "handoff": handoff.reply, "thanks": thanks.reply}


def answered_fields(slots: dict) -> dict[str, Any]:
    unknown = set(slots.get("unknown_fields") or ())
    return {f: slots.get(f) for f in FIELDS if f in unknown or slots.get(f) is not None}


def reply(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict]:
    """The events of the reply to the latest message."""
    # Day 14 and after: the answers to the follow-up message come in a conversation of their own.
    answers = followup.answer_reply(dispatcher, tracker)
    if answers is not None:
        return answers
    slots = slots_of(tracker)
    pending = tracker.get_slot("asking")
    answered = answered_fields(slots)
    first = pending is None and not answered
    latest = tracker.latest_message or {}
    intent = (latest.get("intent") or {}).get("name")
    # A first message, or a greeting, is the clearest sign of the language a person wants.
    language = (detected_language(tracker) if first or intent == "greet" else None) or conversation_language(tracker)
    reading = read(pending, latest.get("text") or "", latest, answered)
    events: list[dict] = [] if tracker.get_slot("language") == language else [SlotSet("language", language)]
    # After the result, the observatory's consent question (or the one after it) may be waiting,
    # then the follow-up's offer (actions/followup/conversation.py).
    offer = followup.offer_reply(dispatcher, tracker, language, slots, answered)
    if offer is not None:
        return events + offer
    stats = observatory.pending_reply(dispatcher, tracker, language, slots, answered)
    if stats is not None:
        return events + stats + followup.after_observatory(dispatcher, tracker, language, slots, stats)

    if isinstance(reading, SideRequest):
        return events + _side_request(reading, dispatcher, tracker, language, first, slots)
    if isinstance(reading, ClaimReported):
        return events + _claim_reported(reading, dispatcher, tracker, language, first, slots)
    if first:
        dispatcher.utter_message(text="\n".join(greeting.welcome_lines(language)), json_message={"language": language})
    if isinstance(reading, Answers):
        for field, value in reading.values.items():
            events += store(slots, field, value)
        if reading.right:
            right_named.reply(dispatcher, assess(profile_from_slots(slots)), reading.right, language)
        if reading.ambiguous is not None:
            dispatcher.utter_message(**messages.which_commune(
                reading.ambiguous.postal_code, reading.ambiguous.communes, language, volunteer=for_volunteer(tracker)))
            return events + ([] if pending == "commune" else [SlotSet("asking", "commune"), SlotSet("misses", 0)])
        return events + ask_or_conclude(dispatcher, slots, language, tracker)
    if isinstance(reading, Correction):
        for field, value in reading.values.items():
            events += store(slots, field, value)
        dispatcher.utter_message(text=messages.noted(language))
        return events + ask_or_conclude(dispatcher, slots, language, tracker)
    assert isinstance(reading, NotUnderstood)
    if pending is None:
        return events + not_understood.reply(dispatcher, tracker, language)
    misses = int(tracker.get_slot("misses") or 0) + 1
    if misses >= MAX_MISSES:
        dispatcher.utter_message(text=messages.skipped(language))
        return events + store(slots, pending, None) + ask_or_conclude(dispatcher, slots, language, tracker)
    dispatcher.utter_message(**messages.question(pending, language, again=True, volunteer=for_volunteer(tracker),
                                                 profile=profile_from_slots(slots)))
    return events + [SlotSet("misses", misses)]

def _side_request(request: SideRequest, dispatcher, tracker, language, first, slots) -> list[dict]:
    kind = request.kind
    if kind == "delete":
        return delete.reply(dispatcher, tracker, language)
    if kind == "restart":
        return restart.reply(dispatcher, tracker, language)
    if kind == "stop":
        return goodbye.reply(dispatcher, tracker, language)
    events: list[dict] = []
    if kind == "language":
        language = switch.target_language(tracker, language)
        events += switch.reply(dispatcher, tracker, language)
    elif kind == "greet":
        dispatcher.utter_message(text="\n".join(greeting.welcome_lines(language)), json_message={"language": language})
    elif kind == "why":
        events += why.why(dispatcher, tracker, language)
    elif kind == "why_not":
        events += why.why_not(dispatcher, tracker, language, request.right)
    elif kind == "details":
        events += details.reply(dispatcher, tracker, language)
    else:
        events += ANSWER_THEN_GO_ON[kind](dispatcher, tracker, language)
    if first:
        # Nothing asked yet: the screening starts, whatever the first message was.
        return events + ask_or_conclude(dispatcher, slots, language, tracker)
    repeat_pending_question(dispatcher, tracker, language)
    return events


def _claim_reported(reading: ClaimReported, dispatcher, tracker, language, first, slots) -> list[dict]:
    """A refusal or a wait: what to do, the right recorded as asked, then the screening goes on:
    a first message starts it with the facts it told; otherwise the pending question comes back."""
    events: list[dict] = []
    if first:
        dispatcher.utter_message(text="\n".join(greeting.welcome_lines(language)), json_message={"language": language})
    events += claim.reply(dispatcher, slots, reading.right, reading.outcome, language)
    for field, value in reading.values.items():
        events += store(slots, field, value)
    if first or reading.values:
        # A first message's facts, or the pending question answered beside the claim: go on.
        return events + ask_or_conclude(dispatcher, slots, language, tracker)
    repeat_pending_question(dispatcher, tracker, language)
    return events


def taken_for_restart(tracker: Tracker) -> bool:
    """Whether a message the classifier labelled "start again" is in fact an answer to the pending
    question ("mijn broer helpt mij een beetje" while the income sources are asked): Rasa sends
    that intent to action_restart by itself, and starting again would lose every answer."""
    pending = tracker.get_slot("asking")
    latest = tracker.latest_message or {}
    text = latest.get("text") or ""
    if followup.waiting(tracker):
        return True  # an answer to the follow-up ("pas demandé"), never "start again"
    if not pending or text.startswith("/"):
        return False  # a button's payload is meant
    reading = read(pending, text, latest, answered_fields(slots_of(tracker)))
    return isinstance(reading, (Answers, Correction))
