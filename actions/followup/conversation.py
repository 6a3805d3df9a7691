"""The follow-up in the conversation: the offer after the observatory's questions, the reply to
it, and, from day 14, the answers to the follow-up message. The only part that touches Rasa.

The offer is made on Telegram and SMS, and on WhatsApp only with an approved template
(IRIS_WHATSAPP_FOLLOWUP_TEMPLATE); never on the web widget or at the volunteer terminal, where
the person keeps the printed plan; never without IRIS_FOLLOWUP_KEY; only when the channel sealed
the address into the message (address.py) and some right found is to be claimed.

`followup_step` (domain/followup.yml) says where the offer stands: offer, offer_again, done.
The day-14 answers come in a new conversation (the old one was deleted after an hour): the
follow-up is found by the conversation's lookup (key.py), and where the answers stand is kept
in the follow-up's row, not in slots.
"""

from __future__ import annotations

import datetime
import logging

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.audience import WHATSAPP, for_volunteer
from actions.eligibility.engine import assess
from actions.followup import sentences
from actions.followup.address import METADATA_KEY
from actions.followup.answers import NOT_ASKED, REFUSED, SKIP, read_reason, read_status
from actions.followup.key import lookup, usable_key
from actions.followup.outcomes import add_outcome
from actions.followup.settings import whatsapp_template
from actions.followup.store import REASON, STATUS, TEMPLATE, FollowUp, default_store
from actions.observatory.consent import YES, read_consent
from actions.observatory.record import TO_REQUEST
from actions.observatory.store import default_store as observatory_store
from actions.screening.appeals import guidance
from actions.screening.flow import profile_from_slots
from actions.screening.reader import Correction, NotUnderstood, SideRequest, read
from bot.channels.senders import is_phone_or_chat_id
from bot.channels.stop_words import stop_language

logger = logging.getLogger(__name__)

SLOT = "followup_step"
RECORD_SLOT = "stats_record"   # the observatory record of this screening, kept only to link it here
OFFER, OFFER_AGAIN, DONE = "offer", "offer_again", "done"
AGAIN = "_again"               # a step asked a second time, after a reply not understood


def today() -> datetime.date:
    return datetime.date.today()


def _metadata(tracker: Tracker) -> dict:
    metadata = (tracker.latest_message or {}).get("metadata")
    return metadata if isinstance(metadata, dict) else {}


def channel_of(tracker: Tracker) -> str | None:
    """telegram, sms or whatsapp; None on the other channels (web, terminal)."""
    name = tracker.get_latest_input_channel()
    if name == "telegram":
        return "telegram"
    if name == "twilio":
        return WHATSAPP if _metadata(tracker).get("messaging") == WHATSAPP else "sms"
    return None


def may_offer(tracker: Tracker) -> bool:
    """Whether this conversation could be followed up at all (before any right is looked at)."""
    channel = channel_of(tracker)
    if channel is None or for_volunteer(tracker) or usable_key() is None:
        return False
    if channel == WHATSAPP and whatsapp_template() is None:
        return False  # after 24 hours WhatsApp carries only an approved template
    return bool(_metadata(tracker).get(METADATA_KEY))


def rights_to_follow(slots: dict) -> list[str]:
    """The rights found claimable and not received: those that need a request."""
    return [r["id"] for r in assess(profile_from_slots(slots))["rights"] if r["status"] in TO_REQUEST]


def after_observatory(dispatcher: CollectingDispatcher, tracker: Tracker, language: str, slots: dict,
                      stats_events: list[dict]) -> list[dict]:
    """The offer, once the observatory's questions are over in this turn (asked once a screening)."""
    over = any(e.get("event") == "slot" and e.get("name") == "stats_step" and e.get("value") == "done"
               for e in stats_events)
    if not over or tracker.get_slot(SLOT) is not None:
        return []
    if not may_offer(tracker) or not rights_to_follow(slots):
        # No offer: the record's id has nothing to link to, and is not kept a turn longer.
        linked = tracker.get_slot(RECORD_SLOT) or any(e.get("name") == RECORD_SLOT for e in stats_events)
        return [SlotSet(RECORD_SLOT, None)] if linked else []
    dispatcher.utter_message(**sentences.offer(language))
    return [SlotSet(SLOT, OFFER)]


def offer_reply(dispatcher: CollectingDispatcher, tracker: Tracker, language: str, slots: dict,
                answered: dict) -> list[dict] | None:
    """The reply while the offer waits, or None when the message is for the screening."""
    step = tracker.get_slot(SLOT)
    if step not in (OFFER, OFFER_AGAIN):
        return None
    latest = tracker.latest_message or {}
    text = latest.get("text") or ""
    general = read(None, text, latest, answered)
    if isinstance(general, Correction):
        return None
    answer = read_consent(text, latest)
    if answer is None and not isinstance(general, NotUnderstood):
        return None  # delete, language, help...: the screening answers it
    if answer is None and step == OFFER:
        dispatcher.utter_message(**sentences.offer(language, again=True))
        return [SlotSet(SLOT, OFFER_AGAIN)]
    done = [SlotSet(SLOT, DONE), SlotSet(RECORD_SLOT, None)]
    if answer != YES or not may_offer(tracker):
        dispatcher.utter_message(text=sentences.declined(language), json_message={"language": language})
        return done
    key = usable_key()
    try:
        default_store().add(lookup=lookup(tracker.sender_id, key), address=_metadata(tracker)[METADATA_KEY],
                            channel=channel_of(tracker), language=language, rights=rights_to_follow(slots),
                            today=today(), record=tracker.get_slot(RECORD_SLOT))
    except SQLAlchemyError as error:
        logger.error("follow-up: the address could not be kept (%s)", type(error).__name__)
        dispatcher.utter_message(text=sentences.declined(language), json_message={"language": language})
        return done
    dispatcher.utter_message(text=sentences.accepted(language), json_message={"language": language})
    return done


def forget(sender_id: str) -> int:
    """Deletes this conversation's follow-up, if any ("effacer", STOP): how many rows went."""
    key = usable_key()
    if key is None or not is_phone_or_chat_id(sender_id):
        return 0
    try:
        return default_store().forget(lookup(sender_id, key))
    except SQLAlchemyError as error:
        logger.error("follow-up: could not be deleted (%s)", type(error).__name__)
        return 0


def _waiting(tracker: Tracker) -> FollowUp | None:
    key = usable_key()
    if key is None or not is_phone_or_chat_id(tracker.sender_id):
        return None
    try:
        return default_store().sent_to(lookup(tracker.sender_id, key), today())
    except SQLAlchemyError as error:
        logger.error("follow-up: could not be read (%s)", type(error).__name__)
        return None


def waiting(tracker: Tracker) -> bool:
    """Whether this conversation is answering a follow-up message."""
    return _waiting(tracker) is not None


def answer_reply(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict] | None:
    """The reply to an answer to the follow-up message, or None when none waits."""
    latest = tracker.latest_message or {}
    text = latest.get("text") or ""
    followup = _waiting(tracker)
    if followup is None:
        if stop_language(text) is not None:
            forget(tracker.sender_id)  # STOP before day 14 (Telegram; SMS is done by its channel)
        return None
    language = followup.language
    events = [SlotSet("language", language)]
    general = read(None, text, latest, {})
    if stop_language(text) is not None or (isinstance(general, SideRequest) and general.kind in ("stop", "delete")):
        default_store().delete(followup.id)
        if isinstance(general, SideRequest) and general.kind == "delete":
            return None  # the screening's deletion answers, and deletes the conversation too
        dispatcher.utter_message(text=sentences.stopped(language, summary_kept=bool(followup.record)),
                                 json_message={"language": language})
        return events
    again = (followup.step or "").endswith(AGAIN)
    right = followup.right
    if followup.step == TEMPLATE:
        # WhatsApp's template carries no question: any reply to it opens the first one.
        _ask(dispatcher, followup, sentences.status_question(right, language), STATUS)
        return events
    if (followup.step or "").startswith(REASON):
        reason = read_reason(text, latest)
        if reason is None and not again:
            _ask(dispatcher, followup, sentences.reason_question(right, language, again=True), REASON + AGAIN)
            return events
        _record(followup, right, NOT_ASKED, None if reason in (None, SKIP) else reason)
        return events + _next(dispatcher, followup, language)
    status = read_status(text, latest)
    if status is None and not again:
        _ask(dispatcher, followup, sentences.status_question(right, language, again=True), STATUS + AGAIN)
        return events
    if status == NOT_ASKED:
        _ask(dispatcher, followup, sentences.reason_question(right, language), REASON)
        return events
    if status == REFUSED:
        # A refusal is not the end: how to contest it, as during the screening.
        dispatcher.utter_message(text="\n".join(guidance(right, REFUSED, language)),
                                 json_message={"language": language, "claim": {"right": right, "outcome": REFUSED}})
    if status not in (None, SKIP):
        _record(followup, right, status, None)
    return events + _next(dispatcher, followup, language)


def _ask(dispatcher: CollectingDispatcher, followup: FollowUp, question: dict, step: str,
         position: int | None = None) -> None:
    """Sends a question of the follow-up and keeps which one waits, so that the next answer is
    read as its answer (by default about the same right)."""
    dispatcher.utter_message(**question)
    default_store().move_to(followup.id, followup.position if position is None else position, step)


def _record(followup: FollowUp, right: str, outcome: str, reason: str | None) -> None:
    """The answer into the observatory's record, when the person agreed to it; else nowhere."""
    if not followup.record:
        return
    try:
        add_outcome(observatory_store(), followup.record, right, outcome, reason)
    except SQLAlchemyError as error:
        logger.error("follow-up: an outcome could not be kept (%s)", type(error).__name__)


def _next(dispatcher: CollectingDispatcher, followup: FollowUp, language: str) -> list[dict]:
    """The next right's question, or, after the last, thanks, and the address deleted."""
    position = followup.position + 1
    if position < len(followup.rights):
        _ask(dispatcher, followup, sentences.status_question(followup.rights[position], language), STATUS, position)
        return []
    default_store().delete(followup.id)
    dispatcher.utter_message(text=sentences.finished(language), json_message={"language": language})
    return []
