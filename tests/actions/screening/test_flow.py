from actions.screening.flow import next_step, profile_from_slots


def test_an_answer_of_i_dont_know_reaches_the_engine_as_null_and_is_not_asked_again():
    slots = {"age": 30, "monthly_income": None, "unknown_fields": ["monthly_income"]}
    assert profile_from_slots(slots) == {"age": 30, "monthly_income": None}
    assert next_step(slots).field not in ("age", "monthly_income")


def test_a_new_conversation_starts_with_the_question_that_settles_the_most_rights():
    step = next_step({})
    assert step.field == step.assessment["next_questions"][0]


def test_the_screening_ends_when_no_answer_would_change_a_result():
    slots = {
        "commune": "schaerbeek", "age": 30, "living_with": "alone", "children": 0,
        "children_ages": [], "monthly_income": 0, "income_sources": ["none"], "benefits": [],
        "residence_status": "belgian", "health_insurance": True, "housing": "private_rent",
        "social_housing_candidate": False, "owns_property": False, "disability": False,
        "student": False, "heating_oil": False, "energy_debt": False,
    }
    step = next_step(slots)
    assert step.field is None
    statuses = {r["id"]: r["status"] for r in step.assessment["rights"]}
    assert statuses["integration_income"] == "eligible"
    assert "unknown" not in statuses.values()


LOW_INCOME_RENTER = {
    "commune": "evere", "age": 35, "living_with": "alone", "children": 0, "children_ages": [],
    "monthly_income": 900, "income_sources": ["work"], "benefits": [], "residence_status": "belgian",
    "health_insurance": True, "housing": "private_rent", "disability": False, "student": False,
    "heating_oil": False, "energy_debt": False,
}


def test_a_low_income_renter_is_asked_about_the_waiting_list_or_property_rather_than_left_unknown():
    from actions.screening.flow import next_step

    step = next_step(dict(LOW_INCOME_RENTER))
    assert step.field in ("social_housing_candidate", "owns_property")


def test_the_screening_asks_no_more_than_fourteen_questions():
    from actions.screening.flow import MAX_QUESTIONS, next_step

    step = next_step({"commune": "evere", "questions_asked": MAX_QUESTIONS})
    assert step.field is None
