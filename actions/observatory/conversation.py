"""The observatory in the conversation: the consent question after the result, and the replies
to it and to "did you know these aids?". The only part that touches Rasa.

`stats_step` (domain/observatory.yml) says where the exchange stands; it is asked once a
screening, so a result sent again after a correction does not ask again once answered. Only
on yes is a record stored (store.py); it is built from the slots at that moment and carries no
link back to the conversation. "Effacer"/delete resets every slot, this one too.
"""

from __future__ import annotations

import datetime
import logging

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.audience import for_volunteer, wants_brief
from actions.eligibility.engine import assess
from actions.followup import conversation as followup
from actions.observatory import sentences
from actions.observatory.consent import SKIP, YES, read_consent, read_reason
from actions.observatory.record import build, commune_of, to_ask_about, week_of
from actions.observatory.store import StoreSettingError, default_store
from actions.screening.flow import profile_from_slots
from actions.screening.reader import Correction, NotUnderstood, SideRequest, read

logger = logging.getLogger(__name__)

SLOT = "stats_step"
CONSENT, CONSENT_AGAIN, REASONS, REASONS_AGAIN, DONE = "consent", "consent_again", "reasons", "reasons_again", "done"
PENDING = (CONSENT, CONSENT_AGAIN, REASONS, REASONS_AGAIN)
# Rasa's name of the input channel -> the record's channel.
CHANNELS = {"rest": "web", "telegram": "telegram"}


def channel_of(tracker: Tracker) -> str:
    name = tracker.get_latest_input_channel()
    if name == "twilio":
        return "sms" if wants_brief(tracker) else "whatsapp"  # Twilio carries both; SMS is the brief one
    return CHANNELS.get(name or "", "other")


def after_result(dispatcher: CollectingDispatcher, tracker: Tracker | None, language: str) -> list[dict]:
    """Asks for consent after a result, unless this screening has answered already."""
    if tracker is None or tracker.get_slot(SLOT) in (REASONS, REASONS_AGAIN, DONE):
        return []
    dispatcher.utter_message(**sentences.consent_question(language, volunteer=for_volunteer(tracker)))
    return [SlotSet(SLOT, CONSENT)]


def pending_reply(dispatcher: CollectingDispatcher, tracker: Tracker, language: str,
                  slots: dict, answered: dict) -> list[dict] | None:
    """The reply while one of the two questions waits, or None when the message is for the
    screening (new facts, or a side request such as delete, language, help)."""
    step = tracker.get_slot(SLOT)
    if step not in PENDING:
        return None
    latest = tracker.latest_message or {}
    text = latest.get("text") or ""
    general = read(None, text, latest, answered)
    if isinstance(general, Correction):
        return None  # new facts: the result comes again, and this question after it
    volunteer = for_volunteer(tracker)
    if isinstance(general, SideRequest) and general.kind == "why":
        # Why this is asked: a privacy rule, and the person's right to know before answering.
        dispatcher.utter_message(text=sentences.why(step in (CONSENT, CONSENT_AGAIN), language),
                                 json_message={"language": language})
        repeat(dispatcher, tracker, language, slots)
        return []
    if step in (CONSENT, CONSENT_AGAIN):
        answer = read_consent(text, latest)
        if answer is None and not isinstance(general, NotUnderstood):
            return None  # delete, language, help, a claim told...: the screening answers it
        if answer is None and step == CONSENT:
            dispatcher.utter_message(**sentences.consent_question(language, volunteer=volunteer, again=True))
            return [SlotSet(SLOT, CONSENT_AGAIN)]
        if answer != YES:
            dispatcher.utter_message(text=sentences.nothing_kept(language), json_message={"language": language})
            return [SlotSet(SLOT, DONE)]
        return _keep(dispatcher, tracker, language, slots, volunteer)
    reason = read_reason(text, latest)
    if reason is None and not isinstance(general, NotUnderstood):
        return None
    if reason is None and step == REASONS:
        rights = to_ask_about(_statuses(slots), _claims(tracker))
        dispatcher.utter_message(**sentences.reasons_question(rights, language, volunteer=volunteer, again=True))
        return [SlotSet(SLOT, REASONS_AGAIN)]
    if reason in (None, SKIP):
        dispatcher.utter_message(text=sentences.skipped(language), json_message={"language": language})
        return [SlotSet(SLOT, DONE)]
    try:
        default_store().save_reason(week=week_of(datetime.date.today()), source="conversation",
                                    commune=commune_of(profile_from_slots(slots)), statuses=_statuses(slots),
                                    reason=reason, told=_claims(tracker))
    except (SQLAlchemyError, StoreSettingError) as error:
        logger.error("observatory: a reason could not be kept (%s)", type(error).__name__)
    dispatcher.utter_message(text=sentences.thanks(language), json_message={"language": language})
    return [SlotSet(SLOT, DONE)]


def repeat(dispatcher: CollectingDispatcher, tracker: Tracker, language: str, slots: dict) -> None:
    """After a side request (help, language, why), the waiting question comes back, so the person
    always knows what to answer."""
    step = tracker.get_slot(SLOT)
    volunteer = for_volunteer(tracker)
    if step in (CONSENT, CONSENT_AGAIN):
        dispatcher.utter_message(**sentences.consent_question(language, volunteer=volunteer))
    elif step in (REASONS, REASONS_AGAIN):
        rights = to_ask_about(_statuses(slots), _claims(tracker))
        dispatcher.utter_message(**sentences.reasons_question(rights, language, volunteer=volunteer))


def _claims(tracker: Tracker) -> dict[str, str]:
    """The rights the person said were refused or awaited (actions/screening/claims.py)."""
    claims = tracker.get_slot("claims")
    return claims if isinstance(claims, dict) else {}


def _statuses(slots: dict) -> dict[str, str]:
    return {r["id"]: r["status"] for r in assess(profile_from_slots(slots))["rights"]}


def _keep(dispatcher, tracker, language, slots, volunteer) -> list[dict]:
    """Stores the record, then asks why the rights found are not received, if any are."""
    profile = profile_from_slots(slots)
    assessment = assess(profile)
    # A refusal or a wait the person told during the screening (actions/screening/claims.py) is
    # the outcome of that right's request: the column item 6 of issue 13 keeps ready.
    record = build(profile, assessment["rights"], day=datetime.date.today(), channel=channel_of(tracker),
                   audience="volunteer" if volunteer else "self", language=language, outcomes=_claims(tracker))
    try:
        record_id = default_store().save(record)
    except (SQLAlchemyError, StoreSettingError) as error:
        # The person hears the truth: nothing was kept. The log says why, with no answer in it.
        logger.error("observatory: the record could not be kept (%s)", type(error).__name__)
        dispatcher.utter_message(text=sentences.nothing_kept(language), json_message={"language": language})
        return [SlotSet(SLOT, DONE)]
    dispatcher.utter_message(text=sentences.kept(language), json_message={"language": language})
    # Only where the follow-up may be offered, this conversation keeps the record's id, until the
    # offer is answered (actions/followup/conversation.py): its answers then complete the record.
    link = [SlotSet(followup.RECORD_SLOT, record_id)] if followup.may_offer(tracker) else []
    rights = to_ask_about(record.statuses, record.outcomes)
    if not rights:
        return link + [SlotSet(SLOT, DONE)]
    dispatcher.utter_message(**sentences.reasons_question(rights, language, volunteer=volunteer))
    return link + [SlotSet(SLOT, REASONS)]
