"""Runs every YAML case under tests/eligibility/<authority>/<right>/*.yaml through the real `assess`.

A case: {name: <a sentence>, date: <YYYY-MM-DD, required>, profile: {...}, expect: {<right>: <status>}}.
An expectation may also be a mapping: {status: ..., reasons: [codes that must be present],
amount: <value>, valid_from: <date>, documents: [codes, exactly], claim_body: <code>}; and special keys:
next_questions_first: <field>, next_questions_include: [fields], next_questions_exclude: [fields] (see actions/eligibility/CONVENTIONS.md).
"""
import datetime
import glob
import os

import pytest
import yaml

from actions.eligibility.engine import assess

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "eligibility")


def _cases():
    for path in sorted(glob.glob(os.path.join(ROOT, "*", "*", "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            for case in yaml.safe_load(f) or []:
                yield pytest.param(case, id=case["name"])


CASES = list(_cases())


def test_there_are_yaml_cases_to_run():
    assert len(CASES) > 0


def test_every_case_names_the_day_whose_law_it_tests():
    # Without a date a case runs against whatever law holds on the day it runs, so an indexation
    # would break it or silently change what it checks.
    undated = [case.values[0]["name"] for case in CASES if not case.values[0].get("date")]
    assert not undated, undated


@pytest.mark.parametrize("case", CASES)
def test_yaml_case(case):
    profile = dict(case.get("profile") or {})
    if case.get("date"):
        date = case["date"]
        profile["date"] = date.isoformat() if isinstance(date, datetime.date) else str(date)
    result = assess(profile)
    by_id = {r["id"]: r for r in result["rights"]}
    for right, expected in (case.get("expect") or {}).items():
        if right == "next_questions_first":
            assert result["next_questions"][:1] == [expected], result["next_questions"]
            continue
        if right == "next_questions_include":
            assert set(expected) <= set(result["next_questions"]), result["next_questions"]
            continue
        if right == "next_questions_exclude":
            assert not set(expected) & set(result["next_questions"]), result["next_questions"]
            continue
        assert right in by_id, f"{right} is not assessed"
        got = by_id[right]
        if isinstance(expected, str):
            expected = {"status": expected}
        assert got["status"] == expected["status"], (right, got["status"], got["reasons"])
        for reason in expected.get("reasons", []):
            assert reason in got["reasons"], (right, got["reasons"])
        if "amount" in expected:
            value = got["amount"]["value"] if got["amount"] else None
            assert value == expected["amount"], (right, got["amount"])
        if "documents" in expected:
            assert got["documents"] == expected["documents"], (right, got["documents"])
        if "claim_body" in expected:
            assert got["claim"].get("body") == expected["claim_body"], (right, got["claim"])
        if "valid_from" in expected:
            assert got["amount"]["valid_from"] == str(expected["valid_from"]), (right, got["amount"])
