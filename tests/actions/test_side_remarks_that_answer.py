from rasa_sdk.executor import CollectingDispatcher

from actions.action_reply import ActionReply
from tests.actions.conftest import make_tracker


def run(action, text, slots, intent="goodbye"):
    # The classifier's intent, right or wrong: the reader decides what the reply means.
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, make_tracker(text, slots=slots, intent=intent), {})
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}, dispatcher.messages


def test_alleen_taken_for_a_goodbye_answers_who_one_lives_with():
    slots, messages = run(ActionReply(), "alleen", {"language": "nl", "asking": "living_with"})
    assert slots["living_with"] == "alone"
    assert "custom" in messages[-1] and "ask" in messages[-1]["custom"]


def test_ik_slaap_op_straat_taken_for_a_goodbye_answers_the_housing_question():
    slots, _ = run(ActionReply(), "ik slaap op straat", {"language": "nl", "asking": "housing"})
    assert slots["housing"] == "homeless"


def test_a_real_goodbye_during_a_question_says_goodbye():
    slots, messages = run(ActionReply(), "au revoir", {"language": "fr", "asking": "commune"})
    assert "asking" not in slots
    assert "Au revoir" in messages[0]["text"]


def test_a_thank_you_that_answers_the_pending_question_is_taken_as_the_answer():
    slots, _ = run(ActionReply(), "seule merci", {"language": "fr", "asking": "living_with"})
    assert slots["living_with"] == "alone"


def test_an_aid_received_taken_for_a_request_for_help_answers_the_question_about_aids():
    slots, _ = run(ActionReply(), "les allocations familiales", {"language": "fr", "asking": "benefits"})
    assert slots["benefits"] == ["family_allowance"]


def test_a_real_request_for_help_during_a_question_gets_help():
    slots, messages = run(ActionReply(), "je comprends pas", {"language": "fr", "asking": "benefits"}, intent="help")
    assert "benefits" not in slots
    assert messages[-1]["custom"]["ask"] == "benefits"


def test_hebergee_taken_for_delete_my_data_answers_the_housing_question_and_deletes_nothing():
    slots, messages = run(ActionReply(), "hébergée", {"language": "fr", "asking": "housing", "age": 29}, intent="delete_data")
    assert slots["housing"] == "hosted"
    assert not any((m.get("custom") or {}).get("deleted") for m in messages)


def test_effacer_during_a_question_still_deletes():
    _, messages = run(ActionReply(), "effacer", {"language": "fr", "asking": "housing"}, intent="delete_data")
    assert any((m.get("custom") or {}).get("deleted") for m in messages)


def test_mon_salaire_taken_for_a_greeting_answers_where_the_money_comes_from_and_asks_once():

    slots = {"language": "fr", "asking": "income_sources", "commune": "woluwe_saint_lambert", "age": 41}
    tracker = make_tracker("mon salaire", slots=slots, intent="greet")
    tracker.events = [{"event": "user", "text": "mon salaire"}]
    dispatcher = CollectingDispatcher()
    events = ActionReply().run(dispatcher, tracker, {})
    assert {e["name"]: e["value"] for e in events if e.get("event") == "slot"}["income_sources"] == ["work"]
    assert not any("Iris" in (m.get("text") or "") for m in dispatcher.messages), "no second greeting"
    [question] = [m for m in dispatcher.messages if "ask" in (m.get("custom") or {})]
    assert question["custom"]["ask"] != "income_sources"


def test_a_greeting_mid_screening_greets_and_the_pending_question_comes_after():

    slots = {"language": "fr", "asking": "income_sources"}
    tracker = make_tracker("bonjour", slots=slots, intent="greet")
    tracker.events = [{"event": "user", "text": "bonjour"}]
    dispatcher = CollectingDispatcher()
    ActionReply().run(dispatcher, tracker, {})
    assert "Iris" in dispatcher.messages[0]["text"]
    tracker.events += [{"event": "bot", "text": dispatcher.messages[0]["text"],
                        "data": {"custom": dispatcher.messages[0].get("custom")}}]
    question = CollectingDispatcher()
    ActionReply().run(question, tracker, {})
    assert "ask" in question.messages[-1]["custom"], "the greeting did not ask, so the next action does"
