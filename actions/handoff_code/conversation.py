"""The handoff code in the conversation: offered once the questions after the result are done
(the observatory's, and the follow-up's on messaging channels), given on yes, and given at any
time after the result to whoever asks for it ("code pour le CPAS", "code voor het OCMW").

Two slots (domain/handoff_code.yml): `handoff_step` (offer, offer_again, done) and
`handoff_lookup`, the code's lookup key, so that "effacer" / "wissen" deletes the dossier too.
The conversation itself is deleted an hour after its last message; the code's row holds no
link back to it.
"""

from __future__ import annotations

import logging

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.audience import for_volunteer
from actions.deletion import DELETED
from actions.handoff_code import sentences
from actions.handoff_code.dossier import build
from actions.handoff_code.store import default_store
from actions.language import conversation_language
from actions.observatory.consent import YES, read_consent
from actions.replies.message import answered_fields
from actions.screening.lexicon_phrases import first_at, is_one_of
from actions.screening.reader import Correction, NotUnderstood, read
from actions.screening.turn import repeat_pending_question, slots_of

logger = logging.getLogger(__name__)

SLOT, LOOKUP_SLOT = "handoff_step", "handoff_lookup"
OFFER, OFFER_AGAIN, DONE = "offer", "offer_again", "done"
# The observatory's slot and its last step: set once a result was given, done when its
# questions are over (actions/observatory/conversation.py).
STATS_SLOT, STATS_DONE = "stats_step", "done"


def asks_for_code(text: str) -> bool:
    return is_one_of("handoff_code", "alone", text) or first_at("handoff_code", "within", text) is not None


def _slot_after(tracker: Tracker, events: list[dict], name: str):
    """A slot's value once `events` are applied."""
    value = tracker.get_slot(name)
    for event in events:
        if event.get("event") == "slot" and event.get("name") == name:
            value = event.get("value")
        elif event.get("event") in ("reset_slots", "restart"):
            value = None
    return value


def reply(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict] | None:
    """The reply when the message asks for a code after the result, or answers the offer; None
    when the message is for the screening."""
    step = tracker.get_slot(SLOT)
    latest = tracker.latest_message or {}
    text = latest.get("text") or ""
    language = conversation_language(tracker)
    if tracker.get_slot(STATS_SLOT) is not None and asks_for_code(text):
        events = _give(dispatcher, tracker, language)
        repeat_pending_question(dispatcher, tracker, language)  # the observatory's, if one waits
        return events
    if step not in (OFFER, OFFER_AGAIN):
        return None
    answer = read_consent(text, latest)
    if answer is None:
        general = read(None, text, latest, answered_fields(slots_of(tracker)))
        if isinstance(general, Correction) or not isinstance(general, NotUnderstood):
            return None  # new facts, or delete, language, help...: the screening answers it
        if step == OFFER:
            dispatcher.utter_message(**sentences.offer(language, volunteer=for_volunteer(tracker), again=True))
            return [SlotSet(SLOT, OFFER_AGAIN)]
    if answer != YES:
        dispatcher.utter_message(text=sentences.declined(language), json_message={"language": language})
        return [SlotSet(SLOT, DONE)]
    return _give(dispatcher, tracker, language)


def _give(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> list[dict]:
    claims = tracker.get_slot("claims")
    dossier = build(slots_of(tracker), claims if isinstance(claims, dict) else {}, language)
    try:
        given = default_store().give(dossier, language)
    except SQLAlchemyError as error:
        # The person hears the truth; the log says why, with nothing of the dossier in it.
        logger.error("handoff: a code could not be kept (%s)", type(error).__name__)
        dispatcher.utter_message(text=sentences.failed(language), json_message={"language": language})
        return [SlotSet(SLOT, DONE)]
    dispatcher.utter_message(**sentences.given(given.code, given.expires_at, language,
                                               volunteer=for_volunteer(tracker)))
    return [SlotSet(SLOT, DONE), SlotSet(LOOKUP_SLOT, given.lookup)]


def after_reply(dispatcher: CollectingDispatcher, tracker: Tracker, events: list[dict]) -> list[dict]:
    """After the screening's reply: the offer, once, when the questions after the result are
    over and no other question waits (the last message this turn has no buttons); and the
    dossier deleted when the person deleted their data."""
    if any((m.get("custom") or {}).get(DELETED) for m in dispatcher.messages):
        forget(tracker.get_slot(LOOKUP_SLOT))
        return []
    if _slot_after(tracker, events, SLOT) is not None or _slot_after(tracker, events, STATS_SLOT) != STATS_DONE:
        return []
    if not dispatcher.messages or dispatcher.messages[-1].get("buttons"):
        return []
    language = _slot_after(tracker, events, "language") or conversation_language(tracker)
    dispatcher.utter_message(**sentences.offer(language, volunteer=for_volunteer(tracker)))
    return [SlotSet(SLOT, OFFER)]


def forget(lookup: str | None) -> None:
    if not lookup:
        return
    try:
        default_store().forget(lookup)
    except SQLAlchemyError as error:
        logger.error("handoff: a code could not be deleted (%s)", type(error).__name__)
