"""A refusal or a claim without answer is read at any question, with the right it names, and is
never taken for a received right."""

import pytest

from actions.screening.claims import REFUSED, WAITING, Claim, claim_in
from actions.screening.reader import ClaimReported, SideRequest, read
from nlu.lexicon import numbers
from nlu.lexicon.answers import find_answer


@pytest.mark.parametrize("text, claim", [
    ("on m'a refusé le BIM", Claim(REFUSED, "increased_reimbursement")),
    ("le CPAS m'a refusé le revenu d'intégration, je peux faire quoi ?", Claim(REFUSED, "integration_income")),
    ("la mutuelle a refusé le BIM", Claim(REFUSED, "increased_reimbursement")),
    ("ma demande d'allocation loyer a été refusée", Claim(REFUSED, "rent_allowance")),
    ("geweigerd", Claim(REFUSED, None)),
    ("het OCMW heeft mijn leefloon afgewezen", Claim(REFUSED, "integration_income")),
    ("pas de réponse", Claim(WAITING, None)),
    ("j'ai demandé la GRAPA et toujours pas de réponse", Claim(WAITING, "elderly_income_guarantee")),
    ("ik heb het leefloon gevraagd maar nooit antwoord gekregen", Claim(WAITING, "integration_income")),
    ("nog steeds geen antwoord van het ziekenfonds", Claim(WAITING, "health_insurance_affiliation")),
])
def test_a_refusal_or_a_wait_is_read_with_the_right_it_names(text, claim):
    assert claim_in(text) == claim


@pytest.mark.parametrize("text", [
    "je refuse de répondre", "je préfère ne pas répondre", "ik wil geen antwoord geven", "non", "nee",
    "je reçois le BIM", "ik krijg het leefloon", "pas de revenus", "geen inkomen",
])
def test_a_message_that_tells_neither_a_refusal_nor_a_wait_is_no_claim(text):
    assert claim_in(text) is None


@pytest.mark.parametrize("pending", [None, "benefits", "age", "monthly_income", "health_insurance"])
def test_a_refusal_is_read_as_such_at_any_question_and_never_as_the_answer(pending):
    parse = {"intent": {"name": "inform"}, "entities": []}
    answered = {"commune": "jette"} if pending else {}
    reading = read(pending, "on m'a refusé le BIM", parse, answered)
    assert reading == ClaimReported(REFUSED, "increased_reimbursement", {})


def test_a_first_message_keeps_its_facts_but_not_the_aid_it_was_refused():
    reading = read(None, "j'ai 45 ans et le CPAS m'a refusé le revenu d'intégration", {"entities": []}, {})
    assert isinstance(reading, ClaimReported)
    assert reading.values.get("age") == 45
    assert "benefits" not in reading.values and "income_sources" not in reading.values


def test_details_after_the_result_is_a_request_for_details_and_before_it_is_not():
    assert read(None, "détails", {}, {"age": 30}) == SideRequest("details")
    assert read(None, "meer info", {}, {"age": 30}) == SideRequest("details")
    assert read("age", "détails", {}, {"commune": "jette"}) != SideRequest("details")


@pytest.mark.parametrize("text, claim", [
    ("j'ai fait une demande au CPAS", Claim(WAITING, "integration_income")),
    ("ik heb een aanvraag ingediend bij het OCMW", Claim(WAITING, "integration_income")),
])
def test_an_application_made_is_a_claim_waiting_for_its_answer(text, claim):
    assert claim_in(text) == claim


@pytest.mark.parametrize("text", ["jamais fait la demande", "non, j'ai pas fait la demande", "ik heb nooit een aanvraag gedaan"])
def test_an_application_never_made_is_no_claim(text):
    assert claim_in(text) is None


def _parse(text, intent="inform"):
    answer = find_answer(text)
    return {"intent": {"name": intent}, "entities": numbers(text) + ([answer] if answer else [])}


def test_a_wait_told_with_the_answer_to_the_pending_question_keeps_the_answer():
    text = "rien pour l'instant, j'attends toujours la réponse du CPAS"
    reading = read("monthly_income", text, _parse(text))
    assert reading == ClaimReported(WAITING, "integration_income", {"monthly_income": 0.0})


def test_nothing_received_yet_beside_an_application_answers_the_benefits_question_and_names_no_aid():
    text = "nee nog niks, ik heb alleen een aanvraag gedaan bij het OCMW"
    assert read("benefits", text, _parse(text)) == ClaimReported(WAITING, "integration_income", {"benefits": []})
    text = "rien, j'ai fait une demande au CPAS"
    assert read("income_sources", text, _parse(text)) == ClaimReported(WAITING, "integration_income", {"income_sources": ["none"]})
