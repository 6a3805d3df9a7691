"""The table of make bench-reliability and its line per target: met or NOT MET."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import datetime, timezone

from bot.benchmarks.load import Load, LoadFigures
from bot.benchmarks.reliability_report import Faults, Fuzz, Reliability, table, targets

CLEAN = Reliability(
    fuzz=Fuzz(Counter({"empty": 5, "bad JSON": 5}), Counter(), Counter(), seconds=12.3, at_once=8),
    load=Load(users=100, spawn_rate=10, seconds=300),
    iris=LoadFigures(turns=6000, errors=0, p50_ms=400, p95_ms=1900, seconds=300, completed=400, error_kinds={}),
    starter=LoadFigures(turns=9000, errors=0, p50_ms=30, p95_ms=90, seconds=300, completed=750, error_kinds={}),
    faults=Faults(people=20, screenings=40, completed=40, longest_wait=38.9),
)


def target_lines(figures: Reliability) -> list[str]:
    return [line for line in table(figures, datetime(2026, 12, 3, 7, 0, tzinfo=timezone.utc))
            if line.startswith(("  met", "  NOT MET"))]


def test_a_clean_run_meets_all_four_targets():
    assert [met for met, _ in targets(CLEAN)] == [True] * 4
    assert all(line.startswith("  met") for line in target_lines(CLEAN))


def test_one_answer_5xx_in_the_fuzz_is_not_met():
    figures = replace(CLEAN, fuzz=replace(CLEAN.fuzz, errors=Counter({"bad JSON": 1})))
    assert target_lines(figures)[0] == "  NOT MET  fuzz: answers 5xx: 1 of 10 (target 0)"


def test_one_unanswered_message_in_the_fuzz_is_not_met():
    figures = replace(CLEAN, fuzz=replace(CLEAN.fuzz, unanswered=Counter({"empty": 1})))
    assert target_lines(figures)[1].startswith("  NOT MET  fuzz: well-formed messages without a reply: 1")


def test_load_errors_are_not_met_and_their_kinds_are_listed():
    iris = replace(CLEAN.iris, errors=3, error_kinds={"error reply: action_timeout": 3})
    lines = table(replace(CLEAN, iris=iris))
    assert "  NOT MET  load: Iris's turns in error: 3 of 6000 (target 0)" in lines
    assert "  errors of Iris: error reply: action_timeout: 3" in lines


def test_a_screening_lost_in_the_faults_is_not_met():
    figures = replace(CLEAN, faults=replace(CLEAN.faults, completed=39))
    assert target_lines(figures)[3].startswith("  NOT MET  faults: screenings that reached their result: 39 of 40, 98 %")


def test_no_screening_at_all_through_the_faults_is_not_met():
    figures = replace(CLEAN, faults=Faults(people=20, screenings=0, completed=0, longest_wait=0.0))
    assert not targets(figures)[3][0]


def test_the_table_has_a_row_for_each_kind_and_for_both_bots():
    lines = table(CLEAN)
    assert any(line.split()[:2] == ["bad", "JSON"] for line in lines)
    iris = next(line for line in lines if line.startswith("  Iris "))
    starter = next(line for line in lines if line.startswith("  rasa init starter"))
    assert iris.split()[1:7] == ["6000", "0", "400", "1900", "20.0", "80.0"]
    assert starter.split()[3:9] == ["9000", "0", "30", "90", "30.0", "150.0"]


def test_a_run_at_a_person_s_pace_adds_a_row_and_the_stress_row_still_decides_the_target():
    calm = replace(CLEAN.iris, errors=0, p50_ms=300)
    stressed = replace(CLEAN.iris, errors=87, error_kinds={"error reply: action_timeout": 87})
    lines = table(replace(CLEAN, iris=stressed, paced=(Load(100, 10, 300, pause=(5.0, 15.0)), calm)))
    assert any(line.startswith("  Iris ") and line.split()[2] == "87" for line in lines)
    paced = next(line for line in lines if line.startswith("  Iris, person's pace"))
    assert paced.endswith("(5 to 15 s between messages; not the target)")
    assert "0.5 to 1.5 s between messages (stress pace)" in lines[lines.index(paced) - 4]
    assert "  NOT MET  load: Iris's turns in error: 87 of 6000 (target 0)" in lines


def test_without_a_person_s_pace_there_is_no_such_row():
    assert not any("person's pace" in line for line in table(CLEAN))


def test_a_starter_bot_that_did_not_start_leaves_iris_s_figures_and_the_targets_printed():
    lines = table(replace(CLEAN, starter="The starter bot did not answer within 600 s: see starter.log"))
    assert "  rasa init starter    no row: The starter bot did not answer within 600 s: see starter.log" in lines
    assert any(line.startswith("  Iris ") for line in lines)
    assert [met for met, _ in targets(replace(CLEAN, starter="no"))] == [True] * 4
