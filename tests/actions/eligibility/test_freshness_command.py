"""The freshness command, run as the Makefile runs it: `python -m actions.eligibility.freshness`
(`make -s freshness [DATE=...] [CSV=1]`). Days are computed from the parameters, so new figures
do not break these tests and nothing depends on today."""
import csv
import datetime
import io
import os
import subprocess
import sys

import pytest
from openfisca_core.parameters import Parameter, ParameterNode

from actions.eligibility.freshness import add_months, in_force, is_derived, is_stale, leaves, rows

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def run(*args):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "actions.eligibility.freshness", *args],
                          capture_output=True, text=True, cwd=ROOT, env=env)


def test_make_freshness_passes_date_and_csv_to_the_command():
    # A dry run: the real one could rebuild the environment these tests run in.
    shown = subprocess.run(["make", "-s", "-n", "freshness", "DATE=2026-12-01", "CSV=1"],
                           capture_output=True, text=True, cwd=ROOT).stdout.splitlines()[-1]
    assert shown.endswith("-m actions.eligibility.freshness --date '2026-12-01' --csv")
    shown = subprocess.run(["make", "-s", "-n", "freshness"], capture_output=True, text=True, cwd=ROOT).stdout
    assert shown.splitlines()[-1].rstrip().endswith("-m actions.eligibility.freshness")


def table_csv(day):
    result = run("--csv", "--date", day.isoformat())
    assert result.returncode == 0, result.stderr
    return {row["parameter"]: row for row in csv.DictReader(io.StringIO(result.stdout))}


def latest(cycle):
    """A parameter of that cycle, and the day its latest value starts."""
    for path, node in leaves():
        if node.metadata.get("indexation") == cycle and isinstance(node, Parameter):
            starts = [v.instant_str for v in node.values_list if v.value is not None]
            if starts:
                return path, datetime.date.fromisoformat(max(starts))
    raise AssertionError(f"no parameter of cycle {cycle}")


def test_the_table_lists_every_parameter_once_with_its_value_date_source_and_cycle():
    day = datetime.date(2026, 12, 1)
    table = table_csv(day)
    assert sorted(table) == sorted(path for path, _ in leaves())
    for path, row in table.items():
        assert row["cycle"] in ("pivot_index", "yearly", "none"), path
        assert row["value"] and row["from"], path
        assert row["source"] and row["href"], path
        assert row["checked_on"], path


def test_the_aligned_table_has_one_line_a_parameter_and_a_count_of_stale_ones():
    result = run("--date", "2026-12-01")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    header, body, summary = lines[0], lines[1:-1], lines[-1]
    assert header.split() == ["stale", "from", "checked_on", "cycle", "value", "parameter", "source"]
    assert len(body) == len(leaves())
    column = header.index("from")
    assert all(line[column:column + 10].count("-") == 2 for line in body)  # the dates stand in one column
    assert summary.startswith(f"{len(body)} parameters on 2026-12-01, ")


@pytest.mark.parametrize("cycle", ["pivot_index", "yearly"])
def test_a_value_fourteen_months_old_is_flagged_and_one_of_two_months_is_not(cycle):
    path, start = latest(cycle)
    assert table_csv(add_months(start, 14))[path]["stale"] == "STALE"
    assert table_csv(add_months(start, 2))[path]["stale"] == ""


def test_a_yearly_ceiling_has_a_month_of_grace_and_a_fixed_value_is_never_stale():
    node = ParameterNode("root", data={
        "ceiling": {"description": "c", "values": {"2025-01-01": {"value": 1.0}},
                    "metadata": {"indexation": "yearly"}},
        "age": {"description": "a", "values": {"2000-01-01": {"value": 18}}, "metadata": {"indexation": "none"}},
    })
    assert not is_stale(node.ceiling, datetime.date(2026, 2, 1))
    assert is_stale(node.ceiling, datetime.date(2026, 2, 2))
    assert not is_stale(node.age, datetime.date(2099, 1, 1))


def test_a_bad_date_gives_one_line_on_stderr_and_exit_2():
    result = run("--date", "2026-13-01")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("date: ")


def test_a_value_computed_from_a_rule_is_marked_derived_whether_the_value_or_its_reference_says_so():
    node = ParameterNode("root", data={
        "by_value": {"description": "v", "values": {
            "2025-02-01": {"value": 1.0}, "2026-03-01": {"value": 1.02, "metadata": {"derived": True}}}},
        "by_reference": {"description": "r", "values": {"2025-02-01": {"value": 1.0}, "2026-03-01": {"value": 1.02}},
                         "metadata": {"reference": {"2025-02-01": {"title": "t", "href": "h"},
                                                    "2026-03-01": {"title": "t", "href": "h", "derived": True}}}},
    })
    for leaf in (node.by_value, node.by_reference):
        assert not is_derived(in_force(leaf, datetime.date(2025, 6, 1)))
        assert is_derived(in_force(leaf, datetime.date(2026, 6, 1)))
    marked = {r["parameter"]: r for r in rows(datetime.date(2026, 6, 1), node)}
    assert marked["root.by_value"]["derived"] == "true" and marked["root.by_value"]["value"].startswith("~")
