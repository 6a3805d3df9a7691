"""In a conversation: a refusal said at any question gets what to do, is recorded as refused (or
waiting) and never as received, and the screening goes on; after the result, "détails" gives the
details of each right."""

from actions.action_reply import ActionReply
from actions.i18n import say
from tests.actions.conversation import Conversation, entities_for
from tests.actions.screening.test_conditions import SINGLE_MOTHER

FULL = {**SINGLE_MOTHER, "student": False, "heating_oil": False, "energy_debt": True}


def test_a_refusal_said_at_a_question_is_recorded_as_refused_and_the_question_comes_back():
    chat = Conversation("fr")
    chat.run(ActionReply(), text="bonjour", intent="greet")
    pending = chat.slots["asking"]
    chat.run(ActionReply(), text="on m'a refusé le BIM", intent="inform")
    assert chat.slots["claims"] == {"increased_reimbursement": "refused"}
    assert "increased_reimbursement" not in (chat.slots.get("benefits") or [])
    assert chat.slots["asking"] == pending
    assert chat.custom[-2]["claim"] == {"right": "increased_reimbursement", "outcome": "refused"}
    assert chat.custom[-1]["ask"] == pending


def test_a_right_first_said_received_then_refused_is_no_longer_received():
    chat = Conversation("nl")
    chat.run(ActionReply(), text="hallo", intent="greet")
    chat.slots.update({"benefits": ["integration_income", "family_allowance"], "asking": "age"})
    chat.run(ActionReply(), text="ik heb het leefloon gevraagd maar nooit antwoord gekregen", intent="inform")
    assert chat.slots["claims"] == {"integration_income": "waiting"}
    assert chat.slots["benefits"] == ["family_allowance"]
    assert say("nl", "Ask the CPAS for a receipt of your request, and keep it.") in chat.texts[-2]


def test_a_first_message_about_a_refusal_gets_the_guidance_then_the_first_question():
    chat = Conversation("fr")
    chat.run(ActionReply(), text="le CPAS m'a refusé le revenu d'intégration, je peux faire quoi ?",
             intent="nlu_fallback")
    assert chat.slots["claims"] == {"integration_income": "refused"}
    assert "income_sources" not in chat.slots
    assert any("tribunal du travail" in text for text in chat.texts)
    assert chat.custom[-1].get("ask") == chat.slots["asking"]


def test_a_refusal_without_a_right_named_records_nothing_and_the_screening_goes_on():
    chat = Conversation("nl")
    chat.run(ActionReply(), text="hallo", intent="greet")
    pending = chat.slots["asking"]
    chat.run(ActionReply(), text="geweigerd", intent="deny")
    assert not chat.slots.get("claims")
    assert chat.slots["asking"] == pending


def test_the_result_carries_the_claims_and_details_come_after_it_on_request():
    chat = Conversation("fr")
    chat.run(ActionReply(), text="bonjour", intent="greet")
    chat.run(ActionReply(), text="on m'a refusé le BIM", intent="inform")
    for _ in range(30):
        field = chat.slots.get("asking")
        if field is None:
            break
        chat.run(ActionReply(), entities=entities_for(field, FULL[field]))
    result = next(c["result"] for c in chat.custom if "result" in c)
    assert result["claims"] == {"increased_reimbursement": "refused"}
    assert result["visits"][0]["office"]["id"] == "cpas_schaerbeek"
    before = len(chat.texts)
    chat.run(ActionReply(), text="détails", intent="inform")
    details = "\n".join(chat.texts[before:])
    assert say("fr", "Rights you can claim now:") in details
    assert say("fr", "A monthly income for people without enough money.") in details
