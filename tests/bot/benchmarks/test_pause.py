"""The pause between messages of the load benchmark: the stress pace by default, another on request."""

from __future__ import annotations

import pytest

from bot.benchmarks.bench_reliability import settings
from bot.benchmarks.load import Load
from bot.benchmarks.load_people import PAUSE_VARIABLE, STRESS_PAUSE, pause_from


def test_without_a_pause_the_load_keeps_the_stress_pace_of_the_target():
    assert STRESS_PAUSE == (0.5, 1.5)
    assert settings([]).pause == STRESS_PAUSE
    assert pause_from({}) == STRESS_PAUSE
    assert Load(100, 10, 300).pause == STRESS_PAUSE


def test_the_pause_given_reaches_the_locust_users_through_the_environment():
    assert settings(["--pause", "5", "15"]).pause == (5.0, 15.0)
    assert pause_from({PAUSE_VARIABLE: "5.0 15.0"}) == (5.0, 15.0)


def test_the_pace_is_said_in_words_in_the_table():
    assert Load(100, 10, 300, pause=(5.0, 15.0)).pace == "5 to 15 s between messages"


@pytest.mark.parametrize("pause", [["3", "1"], ["-1", "2"], ["nan", "2"], ["1", "inf"], ["x", "2"]])
def test_a_pause_that_is_no_span_of_seconds_is_refused_in_one_line(pause, capsys):
    with pytest.raises(SystemExit) as stop:
        settings(["--pause", *pause])
    assert stop.value.code == 2
    assert ": error: " in capsys.readouterr().err.strip().splitlines()[-1]
