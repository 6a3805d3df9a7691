from actions.eligibility.engine import assess
from actions.screening import messages
from actions.screening.conditions import CONDITIONS, conditional_rights, told_as_condition
from actions.screening.flow import next_step

# A single mother in Schaerbeek who has answered everything but the yes/no questions about
# heating oil, energy bills and studies: each of those can change one right only.
SINGLE_MOTHER = {
    "commune": "schaerbeek", "age": 34, "living_with": "alone", "children": 2,
    "children_ages": [4, 9], "monthly_income": 900, "income_sources": ["unemployment"],
    "benefits": [], "residence_status": "belgian", "health_insurance": True,
    "housing": "private_rent", "social_housing_candidate": False, "owns_property": False,
    "disability": False,
}


def test_a_yes_no_question_that_changes_one_right_is_told_as_a_condition_and_not_asked():
    step = next_step(dict(SINGLE_MOTHER))
    assert step.field is None
    assert set(step.conditions) == {"student", "heating_oil", "energy_debt"}


def test_a_yes_no_question_that_changes_several_rights_is_asked():
    profile = {k: v for k, v in SINGLE_MOTHER.items() if k != "disability"}
    assessment = assess({**profile, "age": 45, "children": 0, "children_ages": []})
    changed = [r["id"] for r in assessment["rights"] if "disability" in (r.get("depends_on") or ())]
    assert len(changed) >= 2
    assert not told_as_condition("disability", assessment)


def test_a_question_that_is_not_yes_or_no_is_never_told_as_a_condition():
    assessment = assess({"commune": "schaerbeek"})
    assert not told_as_condition("monthly_income", assessment)


def test_the_answer_that_opens_a_right_brings_that_right_with_its_office_and_documents():
    found = dict(conditional_rights(SINGLE_MOTHER, ["heating_oil"]))
    rights = found[CONDITIONS[("heating_oil", True)]]
    assert [r["id"] for r in rights] == ["heating_allowance"]
    assert rights[0]["status"] in ("eligible", "possibly_eligible")
    assert rights[0]["claim"] and rights[0]["documents"]
    assert CONDITIONS[("heating_oil", False)] not in found


def test_the_result_tells_the_condition_in_the_persons_language_and_names_it_in_the_payload():
    step = next_step(dict(SINGLE_MOTHER))
    conditional = conditional_rights(SINGLE_MOTHER, step.conditions)
    texts = "\n".join(m["text"] for m in messages.result(step.assessment, "fr", conditional))
    assert "Si vous vous chauffez au mazout" in texts
    assert "Fonds social chauffage" in texts or "chauffage" in texts
    payload = messages.result_payload(step.assessment, SINGLE_MOTHER, conditional)["result"]
    keys = {c["condition"]: c["rights"] for c in payload["conditions"]}
    assert keys["heating_oil=true"] == ["heating_allowance"]
    statuses = {r["id"]: r["status"] for r in payload["rights"]}
    assert statuses["heating_allowance"] == "unknown"


def test_rights_left_open_by_i_dont_know_are_listed_with_what_they_depend_on():
    profile = {**SINGLE_MOTHER, "monthly_income": None, "student": False, "heating_oil": False,
               "energy_debt": False}
    assessment = assess(profile)
    texts = "\n".join(m["text"] for m in messages.result(assessment, "nl"))
    assert "Deze rechten hangen af van antwoorden die ik niet heb." in texts
    assert "Dat hangt af van:\n– uw inkomen" in texts
    assert "Leefloon" in texts or "leefloon" in texts
