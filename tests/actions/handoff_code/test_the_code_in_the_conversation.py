"""The handoff code through the real actions: offered once the observatory's questions are
over, a yes gives a code that opens the person's answers and plan, a no keeps nothing, asking
for it after the result gives one at once, and deleting one's data deletes it too. The raw
database holds neither the sender's id nor a word the person wrote."""

from __future__ import annotations

import re

from sqlalchemy import select

from actions.action_reply import ActionReply
from actions.handoff_code.conversation import LOOKUP_SLOT, SLOT
from actions.handoff_code.tables import codes
from actions.screening.flow import profile_from_slots
from tests.actions.conversation import Conversation

# A single parent in Schaerbeek with a low income: several rights to claim, none received.
PROFILE = {"commune": "schaerbeek", "age": 34, "living_with": "alone", "children": 2, "children_ages": [4, 9],
           "monthly_income": 900, "income_sources": ["work"], "benefits": [], "residence_status": "belgian",
           "health_insurance": True, "housing": "private_rent", "social_housing_candidate": False,
           "owns_property": False, "disability": False, "student": False, "heating_oil": False, "energy_debt": False}
CODE = re.compile(r"\b([3-9A-Z]{3}-[3-9A-Z]{3})\b")


def reply(conversation: Conversation, text: str, option: str | None = None, intent: str = "inform") -> list[dict]:
    entities = [{"entity": "option", "value": option}] if option else []
    return conversation.run(ActionReply(), text=text, intent=intent, entities=entities)


def offered(language: str = "fr", sender: str = "test") -> Conversation:
    """A screening to its result, then no to the observatory: the code's offer comes next."""
    conversation = Conversation(language, sender_id=sender)
    conversation.screening(PROFILE)
    messages = reply(conversation, "non" if language == "fr" else "nee", "no")
    assert messages[-1]["custom"]["handoff_code"] == "offer"
    return conversation


def rows(store) -> list[dict]:
    with store.engine.connect() as connection:
        return [dict(row) for row in connection.execute(select(codes)).mappings()]


def test_the_offer_comes_after_the_observatory_with_yes_and_no(bot_store):
    conversation = offered()
    assert conversation.slots[SLOT] == "offer"
    assert conversation.custom[-1]["options"] == ["yes", "no"]
    assert "Voulez-vous un code à montrer au CPAS ?" in conversation.texts[-1]
    assert "pas vos messages" in conversation.texts[-1]
    assert rows(bot_store) == []  # asking keeps nothing


def test_a_yes_gives_a_code_that_opens_the_answers_and_the_plan(bot_store):
    conversation = offered("nl")
    [message] = reply(conversation, "ja", "yes")
    code = message["custom"]["handoff_code"]["code"]
    assert CODE.fullmatch(code) and code in message["text"]
    assert message["text"].startswith("Uw code: ")
    assert conversation.slots[SLOT] == "done" and conversation.slots[LOOKUP_SLOT] == rows(bot_store)[0]["lookup"]
    opening = bot_store.open(code)
    assert opening.outcome == "shown" and opening.language == "nl"
    assert opening.dossier["profile"] == profile_from_slots(conversation.slots)  # the answers as the engine read them
    assert opening.dossier["profile"]["commune"] == "schaerbeek" and opening.dossier["profile"]["age"] == 34
    statuses = {r["id"]: r["status"] for r in opening.dossier["rights"]}
    assert statuses["integration_income"] in ("eligible", "possibly_eligible")
    [first, *_] = opening.dossier["visits"]
    assert first["office"]["id"] == "cpas_schaerbeek" and "integration_income" in first["rights"]
    assert first["documents"] and all(isinstance(d, str) for d in first["documents"])


def test_a_no_keeps_nothing(bot_store):
    conversation = offered()
    [message] = reply(conversation, "non merci")
    assert message["text"] == "D'accord, pas de code."
    assert conversation.slots[SLOT] == "done"
    assert rows(bot_store) == []
    reply(conversation, "merci", intent="thanks")
    assert not any(c.get("handoff_code") == "offer" for c in conversation.custom[-2:])  # asked once


def test_a_reply_not_understood_asks_again_then_is_a_no(bot_store):
    conversation = offered()
    messages = reply(conversation, "blablabla", intent="nlu_fallback")
    assert messages[-1]["custom"]["handoff_code"] == "offer" and "oui ou non" in messages[-1]["text"]
    reply(conversation, "euh bof", intent="nlu_fallback")
    assert conversation.slots[SLOT] == "done" and rows(bot_store) == []


def test_asking_for_a_code_after_the_result_gives_one_at_once(bot_store):
    conversation = Conversation("fr")
    conversation.screening(PROFILE)  # the observatory's question is waiting
    messages = reply(conversation, "je voudrais un code pour le CPAS")
    assert any("handoff_code" in m["custom"] and CODE.search(m["text"]) for m in messages)
    assert len(rows(bot_store)) == 1
    assert messages[-1]["custom"].get("observatory") == "consent"  # the waiting question comes back


def test_asking_for_a_code_before_any_result_gives_none(bot_store):
    conversation = Conversation("fr")
    reply(conversation, "bonjour", intent="greet")
    messages = reply(conversation, "code")
    assert not any("handoff_code" in (m.get("custom") or {}) for m in messages)
    assert rows(bot_store) == []


def test_deleting_one_s_data_deletes_the_code_given(bot_store):
    conversation = offered()
    code = reply(conversation, "oui", "yes")[0]["custom"]["handoff_code"]["code"]
    messages = reply(conversation, "effacer", intent="delete_data")
    assert messages[-1]["custom"].get("deleted") is True
    assert rows(bot_store) == []
    assert bot_store.open(code).outcome == "unknown"


def test_the_raw_database_holds_no_sender_id_and_no_word_the_person_wrote(bot_store, sqlite_url):
    conversation = offered(sender="sender-4e1f-secret")
    reply(conversation, "oui volontiers zanzibar", "yes")
    raw = open(sqlite_url.removeprefix("sqlite:///"), "rb").read()
    for wal in ("-wal", "-shm"):
        try:
            raw += open(sqlite_url.removeprefix("sqlite:///") + wal, "rb").read()
        except FileNotFoundError:
            pass
    for secret in (b"sender-4e1f-secret", b"zanzibar", b"volontiers", b"schaerbeek"):
        assert secret not in raw
