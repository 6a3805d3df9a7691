"""The engine assesses each (date, profile) once and hands out copies: the same answers as a fresh
simulation, never shared between callers, and the same refusals of bad values."""

from __future__ import annotations

import datetime

import pytest

from actions.eligibility import engine
from actions.eligibility.profile import ProfileError
from actions.eligibility.remembered import frozen, profile_key

PROFILE = {"commune": "schaerbeek", "age": 34, "children": 2, "children_ages": [4, 9], "monthly_income": 900.0}


def test_a_remembered_assessment_equals_a_fresh_simulation():
    assert engine.assess(dict(PROFILE)) == engine.assess_afresh(dict(PROFILE))
    assert engine.assess(dict(PROFILE)) == engine.assess_afresh(dict(PROFILE))  # the second comes from memory


def test_the_same_profile_is_simulated_once():
    engine.assess(dict(PROFILE, age=35))
    before = engine._remembered_assessment.cache_info()
    engine.assess(dict(PROFILE, age=35))
    after = engine._remembered_assessment.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)


def test_a_caller_that_changes_its_assessment_changes_nobody_elses():
    first = engine.assess(dict(PROFILE))
    first["rights"][0]["documents"].append("a paper of my own")
    first["rights"].clear()
    assert engine.assess(dict(PROFILE)) == engine.assess_afresh(dict(PROFILE))


def test_a_date_given_or_left_out_stands_for_its_day():
    today = datetime.date.today().isoformat()
    assert engine.assess(dict(PROFILE)) == engine.assess(dict(PROFILE, date=today))
    assert engine.assess(dict(PROFILE, date="2026-01-15"))["date"] == "2026-01-15"


def test_true_and_1_are_different_keys_so_a_bad_value_is_refused_every_time():
    assert frozen(True) != frozen(1) and frozen(1) != frozen(1.0)
    engine.assess(dict(PROFILE, health_insurance=True))
    for _ in range(2):
        with pytest.raises(ProfileError):
            engine.assess(dict(PROFILE, health_insurance=1))


def test_the_order_of_the_fields_does_not_matter_but_their_values_do():
    assert profile_key({"age": 34, "commune": "evere"}) == profile_key({"commune": "evere", "age": 34})
    assert profile_key({"children_ages": [4, 9]}) != profile_key({"children_ages": [9, 4]})


def test_remembered_statuses_equal_fresh_ones_and_are_copies():
    profiles = [dict(PROFILE, monthly_income=float(m)) for m in (0, 1500, 3000)]
    fresh = engine._statuses_of(profiles, datetime.date.today(), engine.CAP_SCREEN)
    first = engine.statuses_of(profiles, cap=engine.CAP_SCREEN)
    first[0].clear()
    assert engine.statuses_of(profiles, cap=engine.CAP_SCREEN) == fresh
