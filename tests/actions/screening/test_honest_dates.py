"""The person is told when a figure is not a sure one: a "maybe" that rests on a stale ceiling
says so, in the SMS result too, and an amount computed from a rule is said "about"."""
import re

import pytest

from actions.eligibility.engine import assess
from actions.i18n import say
from actions.screening import messages
from actions.screening.reasons import REASONS
from tests.actions.eligibility.test_stale_ceilings import BIM_CEILING, PERSON, bim_ceiling, monthly_income_for, stale_day

RISEN = {
    "fr": "La limite de revenus a peut-être augmenté depuis. Demandez au service.",
    "nl": "De inkomensgrens is misschien intussen gestegen. Vraag het aan de dienst.",
}


def text_of(result):
    return "\n".join(m["text"] for m in result)


@pytest.fixture(scope="module")
def just_above_a_stale_ceiling():
    day = stale_day(BIM_CEILING)
    return assess({**PERSON, "date": day.isoformat(),
                   "monthly_income": monthly_income_for(bim_ceiling(day), 0.12, day)})


def test_the_sentence_is_the_catalog_one():
    assert say("fr", REASONS["ceiling_may_have_risen"]) == RISEN["fr"]
    assert say("nl", REASONS["ceiling_may_have_risen"]) == RISEN["nl"]


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("brief", [True, False], ids=["sms", "full"])
def test_a_maybe_resting_on_a_stale_ceiling_is_told_in_the_result(language, brief, just_above_a_stale_ceiling):
    bim = next(r for r in just_above_a_stale_ceiling["rights"] if r["id"] == "increased_reimbursement")
    assert bim["status"] == "possibly_eligible" and "ceiling_may_have_risen" in bim["reasons"]
    text = text_of(messages.result(just_above_a_stale_ceiling, language, brief=brief))
    assert text.count(RISEN[language]) == 1  # only the right whose ceiling is stale says it


def test_a_maybe_for_another_reason_says_nothing_of_ceilings():
    right = {"id": "rent_allowance", "status": "possibly_eligible", "reasons": ["priority_titles_to_check"],
             "claim": {"body": "bruxelles_logement"}, "documents": []}
    text = text_of(messages.result({"rights": [right]}, "fr", brief=True))
    assert RISEN["fr"] not in text


AMOUNT = {"value": 1340.48, "period": "month", "kind": "up_to", "valid_from": "2026-03-01",
          "checked_on": "2026-03-01", "check_with_office": False}


def amount_line(amount, language):
    right = {"id": "integration_income", "status": "eligible", "reasons": [], "amount": amount,
             "claim": {"body": "cpas"}, "documents": []}
    return messages.right_parts(right, language, brief=True).about[0]


@pytest.mark.parametrize("language, about", [("fr", "environ"), ("nl", "ongeveer")])
def test_an_amount_computed_from_a_rule_is_said_about(language, about):
    assert about in amount_line({**AMOUNT, "derived": True}, language).split()
    assert about not in amount_line({**AMOUNT, "derived": False}, language).split()
    assert about not in amount_line(AMOUNT, language).split()  # an engine of before the flag


def test_every_amount_template_has_its_about_version_with_the_same_placeholders():
    assert set(messages.DERIVED_AMOUNTS) == set(messages.AMOUNTS)
    for key, message in messages.DERIVED_AMOUNTS.items():
        assert re.findall(r"\{\w+\}", message) == re.findall(r"\{\w+\}", messages.AMOUNTS[key])
        assert "about" in message.lower()


def test_the_engine_says_of_every_amount_whether_it_was_computed_from_a_rule():
    out = assess({**PERSON, "date": stale_day(BIM_CEILING).isoformat(), "monthly_income": 0, "income_sources": ["none"]})
    amounts = [r["amount"] for r in out["rights"] if r["amount"]]
    assert amounts and all(isinstance(a["derived"], bool) for a in amounts)
