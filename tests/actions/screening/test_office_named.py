""""Ask the office" names the office: a "maybe" and each right still open end with where to ask."""
from actions.i18n import say
from actions.screening.explanations import explanation
from actions.screening.messages import open_questions_text

RIGHT = {"id": "integration_income", "reasons": [], "claim": {"body": "cpas"}}


def test_a_maybe_says_where_to_ask():
    lines = explanation({**RIGHT, "status": "possibly_eligible"}, "fr")
    assert lines[-2] == say("fr", "It may be possible. Ask the office.")
    assert lines[-1] == "Où : le CPAS, le service social de votre commune."


def test_each_open_right_says_where_to_ask():
    text = open_questions_text([{**RIGHT, "status": "unknown", "depends_on": ["monthly_income"]}], "nl")
    assert text.splitlines()[-1] == "Waar: het OCMW, de sociale dienst van uw gemeente."


def test_a_no_without_papers_for_a_health_insurance_fund_sends_to_the_cpas():
    right = {"id": "health_insurance_affiliation", "status": "not_eligible",
             "reasons": ["residence_status_not_covered"], "claim": {"body": "mutuality"}}
    lines = explanation(right, "fr")
    assert lines[-1] == "Où : le CPAS, le service social de votre commune."
    assert "Demandez l'aide médicale urgente au CPAS." in " ".join(lines)
