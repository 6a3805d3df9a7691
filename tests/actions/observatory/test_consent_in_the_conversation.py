"""The consent question after the result, through the real actions: a yes stores one record in
the database, anything else stores nothing, and the reasons question follows only a yes."""

from __future__ import annotations

from actions.action_reply import ActionReply
from actions.observatory.conversation import SLOT
from actions.observatory.tables import reasons, tallies
from actions.observatory.stats import Query, rows
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.conftest import make_tracker
from tests.actions.conversation import Conversation

# A single parent in Schaerbeek with a low income: several rights to claim, none received.
PROFILE = {"commune": "schaerbeek", "age": 34, "living_with": "alone", "children": 2, "children_ages": [4, 9],
           "monthly_income": 900, "income_sources": ["work"], "benefits": [], "residence_status": "belgian",
           "health_insurance": True, "housing": "private_rent", "social_housing_candidate": False,
           "owns_property": False, "disability": False, "student": False, "heating_oil": False, "energy_debt": False}


def screened(language: str = "fr", channel: str = "rest") -> Conversation:
    conversation = Conversation(language, input_channel=channel)
    conversation.screening(PROFILE)
    return conversation


def reply(conversation: Conversation, text: str, option: str | None = None, intent: str = "inform") -> list[dict]:
    entities = [{"entity": "option", "value": option}] if option else []
    return conversation.run(ActionReply(), text=text, intent=intent, entities=entities)


def test_the_consent_question_comes_after_the_result_with_three_buttons(bot_store):
    conversation = screened()
    last = conversation.custom[-1]
    assert last.get("observatory") == "consent" and last["options"] == ["yes", "no", "rather_not_say"]
    assert any("result" in custom for custom in conversation.custom[:-1])
    assert conversation.slots[SLOT] == "consent"
    assert "Puis-je garder un résumé anonyme" in conversation.texts[-1]
    assert bot_store.count() == 0  # asking stores nothing


def test_a_yes_stores_one_record_and_asks_why_the_rights_were_not_received(bot_store):
    conversation = screened("nl")
    messages = reply(conversation, "ja")
    assert bot_store.count() == 1
    assert bot_store.count(commune="schaerbeek", language="nl", channel="web", audience="self", age_band="25_64",
                           source="conversation") == 1
    assert messages[-1]["custom"]["observatory"] == "reasons"
    assert "Kende u deze hulp al?" in messages[-1]["text"]
    reply(conversation, "ja, maar ik heb ze niet aangevraagd")
    assert conversation.slots[SLOT] == "done"
    assert bot_store.count(table=reasons, reason="not_asked") >= 1
    assert bot_store.count(table=reasons, reason="not_known") == 0


def test_a_button_no_a_typed_no_and_i_would_rather_not_say_store_nothing(bot_store):
    for text, option in (("Non", "no"), ("non merci", None), ("je préfère ne pas dire", None), ("Liever niet", "rather_not_say")):
        conversation = screened()
        messages = reply(conversation, text, option)
        assert conversation.slots[SLOT] == "done", text
        # The handoff code's offer may follow (actions/handoff_code/): the reply is the one before.
        assert "D'accord, je ne garde pas de résumé." in [m["text"] for m in messages], text
    assert bot_store.count() == 0
    assert bot_store.count(table=tallies) == 0


def test_a_reply_not_understood_is_asked_again_with_examples_then_taken_as_no(bot_store):
    conversation = screened()
    messages = reply(conversation, "blablabla", intent="nlu_fallback")
    assert messages[-1]["custom"]["observatory"] == "consent"
    assert "Vous pouvez répondre : oui, non, ou je préfère ne pas le dire." in messages[-1]["text"]
    reply(conversation, "euh bof", intent="nlu_fallback")
    assert conversation.slots[SLOT] == "done"
    assert bot_store.count() == 0


def test_deleting_after_the_question_leaves_no_consent_state(bot_store):
    conversation = screened()
    messages = reply(conversation, "effacer", intent="delete_data")
    assert messages[-1]["custom"].get("deleted") is True
    assert conversation.slots.get(SLOT) is None
    assert bot_store.count() == 0


def test_at_a_terminal_the_volunteer_is_asked_about_the_person_and_the_record_says_volunteer(bot_store):
    conversation = screened()
    conversation.slots.pop(SLOT)  # the result again, this time at the terminal
    tracker = make_tracker("j'ai 35 ans", slots=dict(conversation.slots), intent="inform")
    tracker.latest_message["metadata"] = {"mode": "terminal"}
    dispatcher = CollectingDispatcher()
    events = ActionReply().run(dispatcher, tracker, {})
    assert "La personne accepte-t-elle que je garde un résumé anonyme" in dispatcher.messages[-1]["text"]
    slots = {**conversation.slots, **{e["name"]: e["value"] for e in events if e.get("event") == "slot"}}
    tracker = make_tracker("oui", slots=slots, intent="affirm")
    tracker.latest_message["metadata"] = {"mode": "terminal"}
    ActionReply().run(CollectingDispatcher(), tracker, {})
    assert bot_store.count(audience="volunteer") == 1


def test_a_screening_answered_once_is_not_asked_again_when_the_result_comes_again(bot_store):
    conversation = screened()
    reply(conversation, "non")
    reply(conversation, "j'ai 35 ans", intent="inform")
    assert conversation.slots[SLOT] == "done"
    assert not any(custom.get("observatory") for custom in conversation.custom[-3:])


def test_by_sms_the_record_says_sms(bot_store):
    conversation = screened(channel="twilio")
    reply(conversation, "oui")
    assert bot_store.count(channel="sms") == 1


def test_screenings_with_consent_appear_in_the_stats_and_those_without_do_not(bot_store):
    for index in range(12):
        conversation = screened()
        reply(conversation, "oui" if index < 11 else "non")
    printed = list(rows(bot_store, Query(by=("commune",))))
    assert printed[1][:2] == ["schaerbeek", "11"]


def test_asking_why_says_why_and_asks_again_without_storing(bot_store):
    conversation = screened()
    messages = reply(conversation, "pourquoi ?", intent="why")
    assert "Les services sociaux verront quelles aides les gens ne reçoivent pas." in messages[0]["text"]
    assert messages[-1]["custom"]["observatory"] == "consent"
    assert conversation.slots[SLOT] == "consent" and bot_store.count() == 0


def test_switching_language_asks_the_question_again_in_the_other_language(bot_store):
    conversation = screened()
    messages = reply(conversation, "Nederlands", intent="switch_language")
    assert messages[-1]["custom"]["observatory"] == "consent"
    assert "Mag ik een anonieme samenvatting bewaren" in messages[-1]["text"]
    reply(conversation, "ja")
    assert bot_store.count(language="nl") == 1


def test_a_database_out_of_reach_keeps_nothing_and_says_so(monkeypatch):
    from actions.observatory import store as store_module
    monkeypatch.setenv("IRIS_STATS_DB", "postgresql+psycopg://iris@127.0.0.1:1/none")
    store_module.open_store.cache_clear()
    conversation = screened()
    messages = reply(conversation, "oui")
    store_module.open_store.cache_clear()
    assert "D'accord, je ne garde pas de résumé." in [m["text"] for m in messages]
    assert conversation.slots[SLOT] == "done"


def test_a_refusal_told_during_the_screening_is_kept_as_that_rights_outcome(bot_store):
    conversation = screened()
    conversation.slots["claims"] = {"integration_income": "refused", "legal_aid": "lost"}
    reply(conversation, "oui")
    assert bot_store.count(outcome_integration_income="refused") == 1
    assert bot_store.count(outcome_legal_aid=None) == 1  # not an outcome: not kept


def test_a_right_told_as_refused_is_not_asked_about_again(bot_store):
    conversation = screened()
    asked_before = reply(screened(), "oui")[-1]["text"]
    assert "Revenu d'intégration" in asked_before  # asked about when nothing was told of it
    conversation.slots["claims"] = {"integration_income": "refused"}
    messages = reply(conversation, "oui")
    assert "Revenu d'intégration" not in messages[-1]["text"]
    reply(conversation, "non")
    assert bot_store.count(table=reasons, right="integration_income") == 0
    assert bot_store.count(table=reasons, reason="not_known") >= 2  # the other rights, and `any`
    assert bot_store.count(outcome_integration_income="refused") == 1
