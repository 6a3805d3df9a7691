"""The answer action, on tracker snapshots as Rasa sends them: one test covers both languages."""

import pytest

from actions.action_reply import ActionReply
from actions.i18n import say

from tests.actions.conftest import make_tracker


def take(dispatcher, text, intent, entities=(), **slots):
    tracker = make_tracker(text, slots=slots, entities=list(entities), intent=intent)
    return ActionReply().run(dispatcher, tracker, domain={})


def slot_events(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_an_age_is_stored_and_the_next_question_carries_its_ask_payload(dispatcher, language):
    events = take(dispatcher, "45", "inform", [{"entity": "number", "value": 45}],
                  asking="age", language=language)
    slots = slot_events(events)
    assert slots["age"] == 45
    assert slots["asking"] not in (None, "age")
    question = dispatcher.messages[-1]
    assert question["custom"]["ask"] == slots["asking"]
    assert question["custom"]["language"] == language
    assert question["buttons"], "every question offers at least I don't know"


def test_i_dont_know_stores_null_and_moves_on(dispatcher):
    events = take(dispatcher, "je sais pas", "dont_know", asking="monthly_income", language="fr")
    slots = slot_events(events)
    assert slots["monthly_income"] is None
    assert slots["unknown_fields"] == ["monthly_income"]
    assert slots["asking"] != "monthly_income"


def test_a_reply_not_understood_gets_the_question_again_with_examples(dispatcher):
    events = take(dispatcher, "bof", "nlu_fallback", asking="age", language="nl", misses=0)
    assert slot_events(events) == {"misses": 1}
    message = dispatcher.messages[-1]
    assert message["text"].startswith(say("nl", "Sorry, I did not understand your answer."))
    assert say("nl", "Write your age in years. For example: 45.") in message["text"]
    assert message["custom"]["ask"] == "age"


@pytest.mark.parametrize("field", ["age", "residence_status", "health_insurance"])
def test_a_question_is_skipped_as_unknown_after_two_misses(dispatcher, field):
    events = take(dispatcher, "bof", "nlu_fallback", asking=field, language="fr", misses=1)
    slots = slot_events(events)
    assert slots[field] is None and field in slots["unknown_fields"]
    assert slots["asking"] != field
    assert dispatcher.messages[0]["text"] == say("fr", "No problem, we skip this question.")


def test_the_last_answer_gives_the_result_with_the_contract_payload(dispatcher):
    known = {
        "commune": "schaerbeek", "age": 30, "living_with": "alone", "children": 0,
        "children_ages": [], "monthly_income": 0, "income_sources": ["none"], "benefits": [],
        "residence_status": "belgian", "health_insurance": True, "housing": "private_rent",
        "social_housing_candidate": False, "owns_property": False, "disability": False,
        "student": False, "heating_oil": False,
    }
    events = take(dispatcher, "non", "deny", [{"entity": "answer", "value": "no"}],
                  asking="energy_debt", language="fr", **known)
    assert slot_events(events)["asking"] is None
    texts = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    plan = next(m for m in dispatcher.messages if (m.get("custom") or {}).get("plan") == "summary")
    assert say("fr", "Integration income") in plan["text"]
    assert say("fr", "Social service ({abbreviation})", abbreviation="CPAS") + " de Schaerbeek" in texts
    result = next(m["custom"]["result"] for m in dispatcher.messages if "result" in (m.get("custom") or {}))
    assert result["visits"][0]["office"]["id"] == "cpas_schaerbeek"
    assert "integration_income" in result["visits"][0]["rights"]
    statuses = {r["id"]: r["status"] for r in result["rights"]}
    assert statuses["integration_income"] == "eligible"
    assert result["profile"]["energy_debt"] is False


def test_a_correction_of_the_age_while_another_question_is_pending_changes_the_age(dispatcher):
    entities = [{"entity": "answer", "value": "no"}, {"entity": "number", "value": 45, "unit": "year"}]
    events = take(dispatcher, "non, j'ai 45 ans", "inform", entities,
                  asking="living_with", language="fr", age=30)
    slots = slot_events(events)
    assert slots["age"] == 45
    assert dispatcher.messages[0]["text"] == say("fr", "Thank you, I have noted that.")
    assert dispatcher.messages[-1]["custom"]["ask"] == slots["asking"]


def _take(slots, text, entities=(), intent="inform"):
    from rasa_sdk.executor import CollectingDispatcher
    from actions.action_reply import ActionReply
    from tests.actions.conftest import make_tracker
    dispatcher = CollectingDispatcher()
    events = ActionReply().run(dispatcher, make_tracker(text, slots=slots, entities=list(entities),
                                                            intent=intent), {})
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}, dispatcher.messages


AGE_45 = [{"entity": "number", "value": 45, "unit": "year"}, {"entity": "answer", "value": "no"}]


def test_non_j_ai_45_ans_while_a_yes_no_question_is_pending_corrects_the_age_and_answers_nothing_else():
    set_, messages = _take({"language": "fr", "age": 67, "asking": "health_insurance"}, "non, j'ai 45 ans",
                           AGE_45, intent="deny")
    assert set_["age"] == 45
    assert "health_insurance" not in set_
    assert messages[-1]["custom"]["ask"] in ("health_insurance", set_.get("asking"))


def test_non_j_ai_45_ans_while_the_income_is_asked_is_not_an_income_of_45_euros():
    set_, _ = _take({"language": "fr", "age": 67, "asking": "monthly_income"}, "non, j'ai 45 ans",
                    AGE_45 + [{"entity": "number", "value": 45}], intent="deny")
    assert set_["age"] == 45 and "monthly_income" not in set_


def test_nee_we_zijn_met_twee_corrects_living_alone_to_living_with_a_partner():
    set_, _ = _take({"language": "nl", "living_with": "alone", "asking": "disability"}, "nee, we zijn met twee",
                    [{"entity": "answer", "value": "no"}, {"entity": "number", "value": 2}], intent="deny")
    assert set_["living_with"] == "partner" and "disability" not in set_


def test_a_reply_that_repeats_a_known_value_still_answers_the_pending_question():
    set_, _ = _take({"language": "fr", "commune": "evere", "asking": "living_with"}, "à Evere avec mon mari",
                    [{"entity": "commune", "value": "evere"}])
    assert set_["living_with"] == "partner"


def test_the_ages_of_the_children_are_not_taken_for_the_persons_age():
    set_, _ = _take({"language": "fr", "age": 34, "children": 2, "asking": "children_ages"}, "4 et 9 ans",
                    [{"entity": "number", "value": 4}, {"entity": "number", "value": 9, "unit": "year"}])
    assert set_["children_ages"] == [4, 9] and "age" not in set_


def test_yes_with_an_age_answers_the_question_and_keeps_the_age_given_ahead():
    set_, _ = _take({"language": "fr", "asking": "health_insurance"}, "oui, et j'ai 45 ans",
                    [{"entity": "number", "value": 45, "unit": "year"}, {"entity": "answer", "value": "yes"}],
                    intent="affirm")
    assert set_["health_insurance"] is True and set_["age"] == 45


def test_an_income_of_1600_is_not_the_postal_code_of_a_commune_outside_brussels():
    set_, _ = _take({"language": "nl", "commune": "ganshoren", "asking": "monthly_income"}, "1600",
                    [{"entity": "number", "value": 1600, "start": 0, "end": 4},
                     {"entity": "commune", "value": "outside_brussels", "start": 0, "end": 4}])
    assert set_["monthly_income"] == 1600.0 and "commune" not in set_


def test_registered_for_three_years_is_not_an_age_of_three():
    set_, _ = _take({"language": "fr", "age": 41, "asking": "social_housing_candidate"}, "oui inscrit depuis 3 ans",
                    [{"entity": "number", "value": 3, "unit": "year"}, {"entity": "answer", "value": "yes"}],
                    intent="affirm")
    assert set_["social_housing_candidate"] is True and "age" not in set_


@pytest.mark.parametrize("language,code,communes,names", [
    ("fr", "1050", ["ixelles", "bruxelles"], ["Ixelles", "Bruxelles (Ville de Bruxelles)"]),
    ("nl", "1040", ["etterbeek", "bruxelles"], ["Etterbeek", "Brussel (Stad Brussel)"]),
])
def test_a_shared_postal_code_asks_which_of_its_communes_with_a_button_each(dispatcher, language, code,
                                                                             communes, names):
    events = take(dispatcher, code, "inform",
                  [{"entity": "number", "value": int(code)}, {"entity": "postal_code", "value": code}],
                  asking="commune", language=language, misses=0)
    assert slot_events(events) == {}, "nothing is stored and the reply is not counted as a miss"
    message = dispatcher.messages[-1]
    assert message["text"].startswith(
        say(language, "The postal code {code} belongs to more than one commune.").format(code=code))
    assert [b["title"] for b in message["buttons"]] == names
    assert message["custom"] == {"ask": "commune", "options": communes, "language": language}


def test_a_commune_button_after_a_shared_postal_code_is_stored(dispatcher):
    events = take(dispatcher, '/inform{"option": "ixelles"}', "inform", [{"entity": "option", "value": "ixelles"}],
                  asking="commune", language="fr")
    assert slot_events(events)["commune"] == "ixelles"


def test_a_postal_code_of_one_commune_is_that_commune(dispatcher):
    # The NLU flags 1000 as a code to check; the directory has one commune for it.
    events = take(dispatcher, "1000", "inform",
                  [{"entity": "number", "value": 1000}, {"entity": "postal_code", "value": "1000"}],
                  asking="commune", language="fr")
    assert slot_events(events)["commune"] == "bruxelles"


def test_a_commune_button_with_an_unknown_commune_is_not_stored(dispatcher):
    events = take(dispatcher, '/inform{"option": "atlantis"}', "inform", [{"entity": "option", "value": "atlantis"}],
                  asking="commune", language="fr", misses=0)
    assert "commune" not in slot_events(events)
