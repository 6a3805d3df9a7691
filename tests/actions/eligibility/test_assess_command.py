"""The assess command, run as the Makefile runs it: `python -m actions.eligibility.cli assess`."""
import json
import os
import subprocess
import sys

import pytest

from actions.eligibility.enums import RIGHT_IDS

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
STATUSES = {"eligible", "possibly_eligible", "automatic", "already_receiving", "not_eligible", "unknown"}
FULL = {
    "language": "fr", "commune": "schaerbeek", "age": 30, "living_with": "alone", "children": 0,
    "children_ages": [], "monthly_income": 0, "income_sources": ["none"], "benefits": [],
    "residence_status": "belgian", "health_insurance": True, "housing": "private_rent",
    "social_housing_candidate": False, "owns_property": False, "disability": False, "student": False,
    "heating_oil": False, "energy_debt": False, "date": "2026-11-24",
}


def run(stdin):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "actions.eligibility.cli", "assess"], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, env=env)


def assess(profile):
    result = run(json.dumps(profile))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def statuses(output):
    return {r["id"]: r["status"] for r in output["rights"]}


def test_assess_prints_one_json_object_with_every_right_of_the_contract():
    out = assess(FULL)
    assert set(out) >= {"date", "rights", "next_questions"}
    assert [r["id"] for r in out["rights"]] == list(RIGHT_IDS)
    assert set(statuses(out).values()) <= STATUSES
    assert out["date"] == "2026-11-24"


def test_a_fully_answered_profile_has_no_unknown_right_and_no_next_question():
    out = assess(FULL)
    assert "unknown" not in statuses(out).values()
    assert out["next_questions"] == []


def test_each_right_says_where_to_claim_what_to_bring_retroactivity_its_law_and_reason_codes():
    out = assess(FULL)
    for right in out["rights"]:
        assert right["claim"]["body"], right["id"]
        assert isinstance(right["documents"], list)
        assert "retroactive" in right["retroactivity"]
        assert right["legal_reference"]["href"].startswith(("http://", "https://"))
        assert all(code == code.lower() and " " not in code for code in right["reasons"])


def test_the_integration_income_of_a_person_without_income_has_its_amount_with_the_date_it_holds_from():
    ris = {r["id"]: r for r in assess(FULL)["rights"]}["integration_income"]
    assert ris["status"] == "eligible"
    assert ris["amount"]["value"] == 1340.48
    assert ris["amount"]["period"] == "month"
    assert ris["amount"]["valid_from"] == "2026-03-01"
    assert ris["amount"]["derived"] is True  # the reference derived it from the 2 % indexation
    assert ris["amount"]["check_with_office"] is True  # no official table found for March 2026


def test_the_cpas_office_of_the_persons_commune_is_given_for_the_integration_income():
    ris = {r["id"]: r for r in assess(FULL)["rights"]}["integration_income"]
    office = ris["claim"]["office"]
    assert office and "Schaerbeek" in json.dumps(office, ensure_ascii=False)


def test_a_missing_age_leaves_the_pension_rights_unknown():
    profile = dict(FULL)
    del profile["age"]
    out = assess(profile)
    got = statuses(out)
    assert got["elderly_income_guarantee"] == "unknown"
    assert "age" in out["next_questions"]


def test_null_means_unknown_exactly_like_an_absent_field():
    with_null = dict(FULL, monthly_income=None)
    absent = {k: v for k, v in FULL.items() if k != "monthly_income"}
    assert statuses(assess(with_null)) == statuses(assess(absent))
    assert statuses(assess(with_null))["integration_income"] == "unknown"


def test_an_empty_profile_leaves_rights_unknown_and_asks_the_most_useful_question_first():
    out = assess({"date": "2026-11-24"})
    assert "unknown" in statuses(out).values()
    assert out["next_questions"]
    assert len(set(out["next_questions"])) == len(out["next_questions"])


def test_answering_the_first_next_question_decides_at_least_one_more_right():
    profile = {k: v for k, v in FULL.items() if k not in ("monthly_income", "age", "disability")}
    out = assess(profile)
    first = out["next_questions"][0]
    unknown_before = sum(s == "unknown" for s in statuses(out).values())
    after = assess(dict(profile, **{first: FULL[first]}))
    assert sum(s == "unknown" for s in statuses(after).values()) < unknown_before


def test_receiving_the_integration_income_makes_the_social_tariff_automatic_and_sends_bim_to_the_mutuality():
    # BIM follows the integration income only after three full months, which the bot does not know.
    got = statuses(assess(dict(FULL, monthly_income=900, benefits=["integration_income"])))
    assert got["integration_income"] == "already_receiving"
    assert got["increased_reimbursement"] == "eligible"
    assert got["social_energy_tariff"] == "automatic"


@pytest.mark.parametrize("stdin, field", [
    ('{"commune": "schaerbeek", "agee": 30}', "agee"),
    ('{"commune": "paris"}', "commune"),
    ('{"age": "thirty"}', "age"),
    ('{"age": 130}', "age"),
    ('{"monthly_income": -5}', "monthly_income"),
    ('{"benefits": ["free_beer"]}', "benefits"),
    ('{"benefits": "integration_income"}', "benefits"),
    ('{"disability": "yes"}', "disability"),
    ('{"children": 2, "children_ages": [4]}', "children_ages"),
    ('{"date": "24/11/2026"}', "date"),
    ('{"date": "1999-01-01"}', "date"),
    ('{"commune": "schaerbeek",', "profile"),
    ('[1, 2]', "profile"),
], ids=["an unknown field", "a commune outside the contract", "a wrong type", "an age out of range",
        "a negative income", "an unknown right", "a list given as a string", "a bool given as text",
        "ages not matching the children", "a malformed date", "a date before any known law", "malformed JSON", "not an object"])
def test_bad_input_exits_2_with_one_line_on_stderr_naming_the_field_and_nothing_on_stdout(stdin, field):
    result = run(stdin)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(field + ":") or f" {field}:" in lines[0], lines[0]
