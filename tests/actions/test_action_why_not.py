import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.action_reply import ActionReply
from actions.screening.right_mentions import mentioned_right
from tests.actions.conftest import make_tracker

ANSWERED = {"language": "fr", "commune": "ixelles", "age": 40, "living_with": "alone", "children": 0,
            "children_ages": [], "monthly_income": 3200, "income_sources": ["work"], "benefits": [],
            "residence_status": "belgian", "health_insurance": True, "housing": "private_rent"}


def why_not(text: str, slots: dict, asking: str | None = None) -> list[dict]:
    tracker = make_tracker(text, slots={**slots, "asking": asking}, intent="why_not")
    dispatcher = CollectingDispatcher()
    ActionReply().run(dispatcher, tracker, {})
    return dispatcher.messages


@pytest.mark.parametrize("text, right", [
    ("pourquoi pas la GRAPA ?", "elderly_income_guarantee"),
    ("waarom krijg ik geen leefloon", "integration_income"),
    ("pk pas le tarif social", "social_energy_tariff"),
    ("waarom geen sociaal tarief?", "social_energy_tariff"),
    ("et le logement social ?", "social_housing"),
    ("pourquoi pas l'allocation d'intégration", "integration_allowance"),
    ("waarom niet de kinderbijslag", "family_allowance"),
    ("pourquoi pas le bim", "increased_reimbursement"),
])
def test_a_right_is_recognised_by_the_name_people_use(text, right):
    assert mentioned_right(text) == right


def test_a_message_that_names_no_right_names_none():
    assert mentioned_right("pourquoi non") is None
    assert mentioned_right("la STIBoune") is None


def test_why_not_a_right_that_is_ruled_out_gives_the_engines_reason_and_the_office():
    text = why_not("pourquoi pas la GRAPA ?", ANSWERED)[0]["text"]
    assert "ne semble pas possible" in text
    assert "âge légal de la pension" in text
    assert "Vous pouvez quand même faire la demande. Le service regardera votre situation." in text
    assert "Où : le Service fédéral des Pensions" in text


def test_why_not_names_only_the_conditions_that_fail_and_then_those_met_said_as_met():
    # A 40-year-old on 900 euros: the GRAPA fails on age only; the income is under its limit.
    text = why_not("pourquoi pas la GRAPA ?", {**ANSWERED, "monthly_income": 900})[0]["text"]
    lines = text.split("\n")
    age = next(i for i, line in enumerate(lines) if "âge légal de la pension" in line)
    met = lines.index("Ces conditions sont remplies :")
    income = next(i for i, line in enumerate(lines) if "sous la limite" in line)
    assert age < met < income


def test_why_not_a_right_whose_conditions_all_fail_says_nothing_is_met():
    text = why_not("pourquoi pas la GRAPA ?", ANSWERED)[0]["text"]
    assert "Ces conditions sont remplies" not in text


def test_why_not_an_income_tested_right_says_the_income_is_above_the_limit_in_dutch():
    text = why_not("waarom geen leefloon", {**ANSWERED, "language": "nl"})[0]["text"]
    assert "Leefloon" in text
    assert "boven de grens" in text or "grens" in text


def test_why_not_a_right_still_open_says_what_it_depends_on():
    text = why_not("pourquoi pas le revenu d'intégration", {"language": "fr", "age": 30})[0]["text"]
    assert "Je ne peux pas encore le dire." in text
    assert "Cela dépend de :" in text and "– vos revenus" in text


def test_why_not_without_a_right_asks_which_aid_and_then_the_pending_question_again():
    messages = why_not("pourquoi non", {"language": "fr"}, asking="age")
    assert "De quelle aide parlez-vous ?" in messages[0]["text"]
    assert messages[-1]["custom"]["ask"] == "age"


def test_an_aid_named_in_reply_to_the_question_about_aids_received_is_an_answer_not_a_why_not():
    tracker = make_tracker("les allocations familiales", slots={"language": "fr", "asking": "benefits"},
                           intent="why_not")
    dispatcher = CollectingDispatcher()
    events = ActionReply().run(dispatcher, tracker, {})
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots["benefits"] == ["family_allowance"]
    assert slots["asking"] != "benefits"


def test_why_not_an_aid_while_the_aids_received_are_asked_is_still_a_question():
    messages = why_not("pourquoi pas la GRAPA ?", {"language": "fr"}, asking="benefits")
    assert "GRAPA" in messages[0]["text"] or "Garantie" in messages[0]["text"]
    assert messages[-1]["custom"]["ask"] == "benefits"
