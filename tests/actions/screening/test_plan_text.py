"""The words of the plan of visits: a short first message, one message a visit with each
document once, the details of each right on request, and the contract's `result.visits`."""

import pytest

from actions.eligibility.engine import assess
from actions.i18n import say
from actions.screening import messages, plan_text
from actions.screening.visits import plan
from actions.screening.vocabulary import DOCUMENTS, RIGHT_NAMES, words
from bot.channels.sms_text import cost, for_sms, split_sms
from tests.actions.screening.test_conditions import SINGLE_MOTHER

FULL = {**SINGLE_MOTHER, "student": False, "heating_oil": False, "energy_debt": True}
# The households with the most offices to visit among those we tried (six offices each).
OLDER_MAN_IN_SOCIAL_HOUSING = {**FULL, "commune": "evere", "age": 72, "children": 0, "children_ages": [],
                               "monthly_income": 1050, "income_sources": ["pension"], "housing": "social_rent",
                               "disability": True}
HOMELESS_MAN = {**FULL, "commune": "bruxelles", "age": 52, "children": 0, "children_ages": [], "monthly_income": 0,
                "income_sources": ["none"], "health_insurance": False, "housing": "homeless"}


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("profile", [FULL, OLDER_MAN_IN_SOCIAL_HOUSING, HOMELESS_MAN],
                         ids=["single mother", "older man in social housing", "homeless man"])
def test_the_first_message_names_each_office_once_and_fits_a_phone_and_three_sms_segments(language, profile):
    assessment = assess(profile)
    visits = plan(assessment, language)
    first = messages.result(assessment, language)[0]
    assert first["custom"] == {"plan": "summary"}
    for number, visit in enumerate(visits, start=1):
        assert first["text"].count(f"\n{number}. ") == 1
    assert len(first["text"]) <= 600 - 80  # room for the abbreviations explained on first use
    assert sum(cost(part).segments for part in split_sms(for_sms(first["text"]))) <= 3


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_each_visit_says_where_and_lists_each_document_to_bring_once(language):
    assessment = assess(FULL)
    visits = plan(assessment, language)
    texts = [m for m in messages.result(assessment, language) if "visit" in (m.get("custom") or {})]
    assert [m["custom"]["visit"] for m in texts] == list(range(1, len(visits) + 1))
    cpas = texts[0]["text"]
    assert "Boulevard Auguste Reyers 70" in cpas and "02 435 50 90" in cpas
    for message, visit in zip(texts, visits):
        lines = message["text"].split("\n")
        for code in visit.documents:
            assert lines.count(messages.ITEM + words(DOCUMENTS, code, language)) == 1
        for right in visit.rights:
            assert f"• {words(RIGHT_NAMES, right['id'], language)}" in lines


def test_the_payload_gives_the_visits_in_order_with_their_office_rights_and_documents():
    assessment = assess(FULL)
    payload = messages.result_payload(assessment, FULL, (), "fr", {"increased_reimbursement": "refused"})["result"]
    visits = payload["visits"]
    assert visits[0]["office"] == {"id": "cpas_schaerbeek", "name": "CPAS de Schaerbeek",
                                   "address": "Boulevard Auguste Reyers 70, 1030 Schaerbeek",
                                   "phone": "02 435 50 90", "url": None}
    assert visits[0]["rights"][0] == "integration_income"
    assert say("fr", DOCUMENTS["identity_document"]) in visits[0]["documents"]
    assert all(len(v["documents"]) == len(set(v["documents"])) for v in visits)
    assert payload["claims"] == {"increased_reimbursement": "refused"}
    assert {"rights", "profile", "conditions"} <= set(payload)  # the contract's names stay


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_last_message_offers_the_details_whose_button_the_reader_takes_for_details(language):
    from actions.screening.reader import SideRequest, read

    last = messages.result(assess(FULL), language)[-1]
    button = last["buttons"][0]
    assert button["title"] == say(language, "Details of each right")
    assert read(None, button["payload"], {}, {"age": 34}) == SideRequest("details")


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_details_give_what_each_right_is_and_its_amount_without_the_documents_again(language):
    assessment = assess(FULL)
    details = "\n".join(m["text"] for m in messages.details(assessment, language))
    assert say(language, "Rights you can claim now:") in details
    assert say(language, "A monthly income for people without enough money.") in details
    assert say(language, "Bring:") not in details


def test_a_maybe_that_rests_on_a_stale_ceiling_says_so_in_its_visit_even_by_sms():
    right = {"id": "increased_reimbursement", "status": "possibly_eligible", "reasons": ["ceiling_may_have_risen"],
             "claim": {"body": "mutuality"}, "documents": [], "retroactivity": {}}
    visit = plan({"rights": [right]}, "fr")[0]
    risen = say("fr", "The limit for your income may have risen since. Ask the office.")
    assert risen in plan_text.visit_text(1, visit, "fr", brief=True)


def test_an_office_known_only_by_its_body_starts_its_line_with_a_capital_and_its_heading_in_lower_case():
    right = {"id": "increased_reimbursement", "status": "eligible", "claim": {"body": "mutuality"}, "documents": []}
    visits = plan({"rights": [right]}, "fr")
    assert "\n1. Votre mutualité\n" in plan_text.summary(visits, "fr") + "\n"
    assert plan_text.visit_text(1, visits[0], "fr").startswith("Visite 1")


@pytest.mark.parametrize("brief", [False, True], ids=["web", "sms"])
def test_a_right_the_person_said_was_refused_says_so_in_its_visit_to_take_to_the_office(brief):
    assessment = assess(FULL)
    result = messages.result(assessment, "fr", brief=brief, claims={"integration_income": "refused"})
    cpas = next(m["text"] for m in result if (m.get("custom") or {}).get("visit") == 1)
    assert say("fr", plan_text.CLAIMED["refused"]) in cpas
    others = "\n".join(m["text"] for m in result if (m.get("custom") or {}).get("visit", 1) != 1)
    assert say("fr", plan_text.CLAIMED["refused"]) not in others
