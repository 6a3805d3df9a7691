"""The numbers a sentence says come from the engine's parameters and the office directory, never
from the sentence: every placeholder is filled, with the figure of the right that gives the reason."""

import datetime
import re
from pathlib import Path

import pytest
import yaml

from actions.directory.bodies import body_contact
from actions.eligibility.system import tax_benefit_system
from actions.i18n import say
from actions.screening.reasons import REASON_FIGURES, reason_lines, reason_message
from actions.screening.vocabulary import BODIES, FIGURES, RIGHT_SUMMARIES, age, since, words

RIGHTS = Path(__file__).resolve().parents[3] / "actions" / "eligibility" / "rights"
FACTS = {path.stem: yaml.safe_load(path.read_text()) for path in sorted(RIGHTS.glob("*.yaml"))}
DECLARED = sorted({(right, code) for right, facts in FACTS.items() for code in facts.get("reasons") or {}})
WORDED = [(right, code) for right, code in DECLARED if reason_message(right, code)]  # test_reasons.py checks the rest
LANGUAGES = ("fr", "nl")


def _at(path, day=None):
    node = tax_benefit_system().parameters((day or datetime.date.today()).isoformat())
    for part in path.split("."):
        node = getattr(node, part)
    return node


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("right, code", WORDED)
def test_every_reason_a_right_gives_is_said_with_its_placeholders_filled(right, code, language):
    lines = reason_lines({"id": right, "status": "not_eligible", "reasons": [code]}, language)
    assert lines and not re.search(r"[{}]", lines[0]), lines


def test_every_figure_belongs_to_a_reason_a_right_gives_and_to_a_placeholder_of_its_sentence():
    for (right, code), figures in REASON_FIGURES.items():
        assert (right, code) in DECLARED
        placeholders = set(re.findall(r"\{([a-z_]+)\}", reason_message(right, code)))
        assert placeholders == set(figures), (right, code)


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_code_says_the_age_of_the_right_that_gives_it(language):
    # age_under_18 stands for the minimum age of each right: each sentence says its right's own.
    for right, path in (("integration_income", "federal.integration_income.minimum_age"),
                        ("social_housing", "brussels.social_housing.min_age"),
                        ("integration_allowance", "federal.integration_allowance.minimum_age")):
        line, = reason_lines({"id": right, "reasons": ["age_under_18"]}, language)
        assert re.search(rf"\b{int(_at(path))}\b", line), line


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stib_youth_sentence_says_the_stib_ages(language):
    line, = reason_lines({"id": "public_transport_reduction", "reasons": ["age_12_to_24"]}, language)
    youth = _at("brussels.public_transport_reduction")
    assert re.findall(r"\d+", line) == [str(youth.youth_min_age), str(youth.youth_max_age)]


def test_an_age_follows_the_law_of_the_day():
    grapa = age("federal.elderly_income_guarantee.minimum_age")
    assert grapa(datetime.date(2026, 1, 1), "fr") == str(_at("federal.elderly_income_guarantee.minimum_age", datetime.date(2026, 1, 1)))
    assert grapa(datetime.date(2031, 1, 1), "fr") == str(_at("federal.elderly_income_guarantee.minimum_age", datetime.date(2031, 1, 1)))
    assert grapa(datetime.date(2026, 1, 1), "fr") != grapa(datetime.date(2031, 1, 1), "fr")


def test_a_date_of_the_law_is_the_month_its_value_started_in_the_persons_language():
    ended = since("federal.social_energy_tariff.increased_reimbursement_opens")
    assert ended(datetime.date(2026, 11, 24), "fr") == "juillet 2023"
    assert ended(datetime.date(2026, 11, 24), "nl") == "juli 2023"


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_office_phone_comes_from_the_directory(language):
    for code, message in BODIES.items():
        if "{phone}" in message:
            phone = body_contact(code)["phone"]
            assert phone, f"{code}: the directory has no phone for a sentence that says one"
            assert words(BODIES, code, language).endswith(phone)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_summary_and_office_is_said_with_its_placeholders_filled(language):
    for table in (RIGHT_SUMMARIES, BODIES):
        for code in table:
            assert not re.search(r"[{}]", words(table, code, language)), code
    assert set(FIGURES) <= set(RIGHT_SUMMARIES) | set(BODIES)


def test_the_summary_of_the_care_allowance_says_its_minimum_age():
    assert str(_at("brussels.elderly_care_allowance.minimum_age")) in words(RIGHT_SUMMARIES, "elderly_care_allowance", "nl")
    assert say("fr", RIGHT_SUMMARIES["elderly_care_allowance"]) != RIGHT_SUMMARIES["elderly_care_allowance"]
