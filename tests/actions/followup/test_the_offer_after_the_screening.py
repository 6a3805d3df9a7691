"""The offer of the follow-up after the observatory's questions, through the real actions: made on
SMS and Telegram (WhatsApp only with a template), never on the web or at the terminal, never
without a key; a yes keeps the sealed address, the channel, the language, the rights, day 14
and day 21, and the observatory record's id only when the person agreed to that record too."""

from __future__ import annotations

import datetime

from sqlalchemy import select

from actions.action_reply import ActionReply
from actions.followup.address import METADATA_KEY, open_sealed, seal
from actions.followup.conversation import RECORD_SLOT, SLOT
from actions.followup.key import lookup
from actions.followup.tables import followups as table
from actions.observatory.tables import screenings
from tests.actions.conversation import Conversation
from tests.actions.observatory.test_consent_in_the_conversation import PROFILE

PHONE = "+32470123456"
SENDER = "sms-0123456789abcdef0123456789abcdef"


def screened(key: str | None, language: str = "fr", channel: str = "twilio", messaging: str = "sms",
             mode: str | None = None) -> Conversation:
    metadata = {"messaging": messaging} if channel == "twilio" else {}
    if key:
        metadata[METADATA_KEY] = seal(PHONE, key)
    if mode:
        metadata["mode"] = mode
    conversation = Conversation(language, input_channel=channel, metadata=metadata, sender_id=SENDER)
    conversation.screening(PROFILE)
    return conversation


def reply(conversation: Conversation, text: str, option: str | None = None) -> list[dict]:
    entities = [{"entity": "option", "value": option}] if option else []
    return conversation.run(ActionReply(), text=text, intent="inform", entities=entities)


def offered(messages: list[dict]) -> bool:
    return any((m.get("custom") or {}).get("followup") == "offer" for m in messages)


def rows(store) -> list[dict]:
    with store.engine.connect() as connection:
        return [dict(row) for row in connection.execute(select(table)).mappings()]


def test_on_sms_the_offer_follows_the_observatory_question_and_a_yes_keeps_only_what_is_needed(followups, key):
    conversation = screened(key)
    messages = reply(conversation, "non")          # no to the anonymous summary
    assert offered(messages)
    assert "Voulez-vous que je vous écrive dans 14 jours pour savoir si ça a marché ?" in messages[-1]["text"]
    assert messages[-1]["custom"]["options"] == ["yes", "no"]
    assert followups.count() == 0                  # asking keeps nothing
    reply(conversation, "oui")
    assert conversation.slots[SLOT] == "done"
    [row] = rows(followups)
    today = datetime.date.today()
    assert row["channel"] == "sms" and row["language"] == "fr" and row["record"] is None
    assert row["due_on"] == today + datetime.timedelta(days=14)
    assert row["delete_on"] == today + datetime.timedelta(days=21)
    assert row["lookup"] == lookup(SENDER, key) and row["sent_on"] is None
    assert open_sealed(row["address"], key) == PHONE and PHONE not in row["address"]
    assert "integration_income" in row["rights"].split()
    assert "C'est noté. Je vous écrirai dans 14 jours.\nÉcrivez STOP pour annuler." in conversation.texts


def test_a_yes_to_the_summary_and_to_the_follow_up_links_the_record_and_forgets_the_link_in_the_slots(
        followups, bot_store, key):
    conversation = screened(key, language="nl", channel="telegram")
    reply(conversation, "ja")                                    # the anonymous summary
    record_id = conversation.slots[RECORD_SLOT]
    messages = reply(conversation, "nee, ik kende ze niet")      # did you know these aids?
    assert offered(messages)
    assert "Mag ik u over 14 dagen schrijven om te vragen of het gelukt is?" in messages[-1]["text"]
    reply(conversation, "ja")
    [row] = rows(followups)
    assert row["channel"] == "telegram" and row["language"] == "nl"
    with bot_store.engine.connect() as connection:
        assert connection.execute(select(screenings.c.id)).scalar_one() == record_id == row["record"]
    assert conversation.slots[RECORD_SLOT] is None


def test_a_no_keeps_nothing(followups, key):
    conversation = screened(key)
    reply(conversation, "non")
    messages = reply(conversation, "Non", option="no")
    assert messages[0]["text"] == "D'accord, je ne vous écrirai pas."
    assert followups.count() == 0


def test_a_reply_not_understood_asks_once_more_then_counts_as_no(followups, key):
    conversation = screened(key)
    reply(conversation, "non")
    messages = conversation.run(ActionReply(), text="blablabla", intent="nlu_fallback", entities=[])
    assert offered(messages) and "Vous pouvez répondre : oui ou non." in messages[-1]["text"]
    conversation.run(ActionReply(), text="euh", intent="nlu_fallback", entities=[])
    assert conversation.slots[SLOT] == "done" and followups.count() == 0


def test_the_web_widget_and_the_terminal_never_get_the_offer(followups, key):
    for channel, mode in (("rest", None), ("rest", "terminal")):
        conversation = screened(key, channel=channel, mode=mode)
        messages = reply(conversation, "non")
        assert not offered(messages), (channel, mode)
        assert SLOT not in conversation.slots
    assert followups.count() == 0


def test_without_a_key_the_offer_is_not_made(followups, key, monkeypatch):
    conversation = screened(key)
    monkeypatch.delenv("IRIS_FOLLOWUP_KEY")
    assert not offered(reply(conversation, "non"))


def test_on_whatsapp_the_offer_needs_an_approved_template(followups, key, monkeypatch):
    monkeypatch.delenv("IRIS_WHATSAPP_FOLLOWUP_TEMPLATE", raising=False)
    assert not offered(reply(screened(key, messaging="whatsapp"), "non"))
    monkeypatch.setenv("IRIS_WHATSAPP_FOLLOWUP_TEMPLATE", "HX0123456789abcdef0123456789abcdef")
    conversation = screened(key, messaging="whatsapp")
    assert offered(reply(conversation, "non"))
    reply(conversation, "oui")
    assert [row["channel"] for row in rows(followups)] == ["whatsapp"]


def test_without_a_right_to_claim_no_offer_is_made_and_the_record_id_is_not_kept(followups, bot_store, key):
    conversation = Conversation("fr", input_channel="twilio", metadata={"messaging": "sms", METADATA_KEY: seal(PHONE, key)},
                                sender_id=SENDER)
    conversation.screening({**PROFILE, "monthly_income": 9000, "children": 0, "children_ages": [], "living_with": "partner",
                            "housing": "owner", "owns_property": True})
    messages = reply(conversation, "oui")
    if any((m.get("custom") or {}).get("observatory") == "reasons" for m in messages):
        messages = reply(conversation, "non")
    assert not offered(messages)
    assert conversation.slots.get(RECORD_SLOT) is None and followups.count() == 0


def test_without_the_sealed_address_from_the_channel_the_offer_is_not_made(followups, key):
    conversation = screened(None)
    assert not offered(reply(conversation, "non"))
