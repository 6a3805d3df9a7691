from rasa_sdk.executor import CollectingDispatcher

from actions.action_reply import ActionReply
from tests.actions.conftest import make_tracker

LOW_INCOME = {"language": "fr", "commune": "schaerbeek", "age": 30, "living_with": "alone", "children": 0,
              "children_ages": [], "monthly_income": 0, "income_sources": ["none"], "benefits": [],
              "residence_status": "belgian", "health_insurance": True, "housing": "private_rent",
              "social_housing_candidate": False, "owns_property": False, "disability": False,
              "student": False, "heating_oil": False, "energy_debt": False}


def why(text: str, slots: dict) -> list[dict]:
    dispatcher = CollectingDispatcher()
    ActionReply().run(dispatcher, make_tracker(text, slots=slots, intent="why"), {})
    return dispatcher.messages


def test_why_during_a_question_says_why_that_question_is_asked_and_asks_it_again():
    messages = why("pourquoi ?", {"language": "fr", "asking": "monthly_income"})
    assert "revenu" in messages[0]["text"]
    assert messages[-1]["custom"]["ask"] == "monthly_income"


def test_why_after_the_result_gives_the_reasons_of_each_right_found():
    text = why("pourquoi ?", LOW_INCOME)[0]["text"]
    assert "Revenu d'intégration" in text
    assert "sous la limite" in text
    assert "pourquoi pas" in text


def test_why_with_the_name_of_a_right_explains_that_right():
    text = why("pourquoi la GRAPA", {**LOW_INCOME, "language": "nl"})[0]["text"]
    assert "IGO" in text
