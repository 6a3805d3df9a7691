"""Every reason the engine can give for a right has words, in French and in Dutch."""

import re
from pathlib import Path

import pytest
import yaml

from actions.eligibility.engine import assess
from actions.i18n import say
from actions.screening.reasons import REASONS, RIGHT_REASONS, reason_lines

RIGHTS = Path(__file__).resolve().parents[3] / "actions" / "eligibility" / "rights"
FACTS = {path.stem: yaml.safe_load(path.read_text()) for path in sorted(RIGHTS.glob("*.yaml"))}
DECLARED = {(right, code) for right, facts in FACTS.items() for code in facts.get("reasons") or {}}
# The engine itself gives this code to a right whose declared `ceilings:` are stale (engine.py).
DECLARED |= {(right, "ceiling_may_have_risen") for right, facts in FACTS.items() if facts.get("ceilings")}

INCOME_TOO_HIGH = {
    "fr": "Les revenus de votre ménage dépassent la limite pour ce droit.",
    "nl": "Het inkomen van uw gezin is hoger dan de grens voor dit recht.",
}


@pytest.fixture(scope="module")
def well_paid_single_person():
    """A Belgian aged 30, living alone in Schaerbeek on 3000 euros a month."""
    return assess({
        "language": "fr", "commune": "schaerbeek", "age": 30, "living_with": "alone", "children": 0,
        "monthly_income": 3000, "income_sources": ["work"], "benefits": [], "residence_status": "belgian",
    })


def test_every_reason_code_declared_by_a_right_has_words_for_that_right():
    missing = sorted((r, c) for r, c in DECLARED if (r, c) not in RIGHT_REASONS and c not in REASONS)
    assert missing == []


def test_every_right_specific_sentence_belongs_to_a_reason_the_right_declares():
    assert set(RIGHT_REASONS) <= DECLARED


def test_every_shared_sentence_belongs_to_a_reason_some_right_declares():
    assert set(REASONS) <= {code for _, code in DECLARED}


def test_every_sentence_is_short_and_speaks_to_the_person():
    for message in [*REASONS.values(), *RIGHT_REASONS.values()]:
        assert len(message.split()) <= 15, message
        assert message.endswith("."), message
        assert re.search(r"\b(you|your|yours)\b", message, re.IGNORECASE) or "office checks" in message, message


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_reason_sentence_is_translated(language):
    for message in [*REASONS.values(), *RIGHT_REASONS.values()]:
        assert say(language, message) != message, message


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_an_income_above_the_ceiling_is_explained_for_the_integration_income(language, well_paid_single_person):
    right = next(r for r in well_paid_single_person["rights"] if r["id"] == "integration_income")
    assert right["status"] == "not_eligible"
    assert right["reasons"] == ["income_above_ceiling"]
    assert reason_lines(right, language) == [INCOME_TOO_HIGH[language]]


def test_the_sentences_follow_the_order_of_the_reasons(well_paid_single_person):
    right = next(r for r in well_paid_single_person["rights"] if r["id"] == "equivalent_social_aid")
    assert right["reasons"] == ["integration_income_applies", "income_above_ceiling"]
    assert reason_lines(right, "fr") == [
        say("fr", REASONS["integration_income_applies"]), INCOME_TOO_HIGH["fr"],
    ]


def test_a_right_specific_sentence_comes_before_the_shared_one():
    right = {"id": "urgent_medical_aid", "status": "not_eligible", "reasons": ["residence_status_not_covered"]}
    expected = say("nl", RIGHT_REASONS[("urgent_medical_aid", "residence_status_not_covered")])
    assert reason_lines(right, "nl") == [expected]


def test_a_repeated_reason_is_said_once():
    right = {"id": "rent_allowance", "status": "not_eligible", "reasons": ["owns_property", "owns_property"]}
    assert len(reason_lines(right, "fr")) == 1


def test_a_code_without_words_is_skipped_without_crashing():
    right = {"id": "integration_income", "status": "not_eligible", "reasons": ["a_code_nobody_wrote", "income_above_ceiling"]}
    assert reason_lines(right, "nl") == [INCOME_TOO_HIGH["nl"]]


def test_a_right_without_reasons_has_no_sentences():
    assert reason_lines({"id": "legal_aid", "status": "unknown", "reasons": []}, "fr") == []
    assert reason_lines({"id": "legal_aid", "status": "unknown"}, "fr") == []
