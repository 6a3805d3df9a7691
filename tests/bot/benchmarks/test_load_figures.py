"""Reading Locust's CSV files back into the load row of make bench-reliability.

The CSV texts are those Locust 2.46 wrote in a short run of bot/benchmarks/locustfile.py (the
benchmark environment is not part of `make test`), plus the line a completed conversation adds.
"""

from __future__ import annotations

import pytest

from bot.benchmarks.load import LoadFigures, read_figures

STATS = """Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%
POST,turn,1200,3,410,530.1,120.2,9001.5,812.0,3.9,0.01,410,500,600,700,900,1800,2400,3000,9000,9000,9000
conversation,completed,80,0,15000,16000.0,9000.0,40000.0,0.0,0.26,0.0,15000,17000,18000,19000,22000,30000,40000,40000,40000,40000,40000
,Aggregated,1280,3,420,1500.0,120.2,40000.0,761.0,4.1,0.01,420,510,610,720,950,2000,15000,20000,40000,40000,40000
"""
FAILURES = """Method,Name,Error,Occurrences,First Seen,Last Seen
POST,turn,CatchResponseError('HTTP 500'),2,2026-12-03T06:17:34Z,2026-12-03T06:17:36Z
POST,turn,CatchResponseError('error reply: action_timeout'),1,2026-12-03T06:17:34Z,2026-12-03T06:17:34Z
"""


def written(tmp_path, stats: str = STATS, failures: str = FAILURES):
    (tmp_path / "run_stats.csv").write_text(stats)
    (tmp_path / "run_failures.csv").write_text(failures)
    return tmp_path / "run"


def test_the_turn_line_gives_the_turns_the_errors_and_the_percentiles(tmp_path):
    figures = read_figures(written(tmp_path), seconds=300)
    assert (figures.turns, figures.errors, figures.p50_ms, figures.p95_ms) == (1200, 3, 410.0, 1800.0)


def test_throughput_is_counted_over_the_whole_run(tmp_path):
    figures = read_figures(written(tmp_path), seconds=300)
    assert figures.turns_per_second == 4.0
    assert figures.completed == 80 and figures.completed_per_minute == 16.0


def test_each_kind_of_error_is_named_as_the_person_named_it(tmp_path):
    figures = read_figures(written(tmp_path), seconds=300)
    assert figures.error_kinds == {"HTTP 500": 2, "error reply: action_timeout": 1}


def test_a_run_where_no_conversation_ended_has_zero_ended(tmp_path):
    stats = "".join(line + "\n" for line in STATS.splitlines() if not line.startswith("conversation"))
    assert read_figures(written(tmp_path, stats=stats), seconds=30).completed == 0


def test_a_run_without_a_single_turn_is_an_error_not_a_row_of_zeros(tmp_path):
    stats = STATS.splitlines()[0] + "\n"
    with pytest.raises(RuntimeError, match="no turn"):
        read_figures(written(tmp_path, stats=stats, failures=FAILURES.splitlines()[0] + "\n"), seconds=30)


def test_figures_of_a_clean_run_have_no_error_kinds():
    figures = LoadFigures(turns=10, errors=0, p50_ms=1, p95_ms=2, seconds=10, completed=1, error_kinds={})
    assert figures.turns_per_second == 1.0 and figures.completed_per_minute == 6.0
