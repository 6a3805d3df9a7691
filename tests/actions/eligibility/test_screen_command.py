"""The screen command, run as the Makefile runs it: `python -m actions.eligibility.cli screen`."""
import csv
import datetime
import io
import json
import os
import subprocess
import sys

import pytest

from actions.eligibility.engine import assess
from actions.eligibility.enums import RIGHT_IDS
from actions.eligibility.screen import screen

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
HEADER = ("id,commune,age,living_with,children,children_ages,monthly_income,income_sources,benefits,"
          "residence_status,health_insurance,housing,social_housing_candidate,owns_property,disability,"
          "student,heating_oil,energy_debt")
ROWS = [
    "p1,schaerbeek,30,alone,0,none,0,none,none,belgian,true,private_rent,false,false,false,false,false,false",
    "p2,ixelles,72,partner,0,none,1900,pension,none,belgian,true,owner,false,true,true,false,true,false",
    "p3,molenbeek,35,alone,2,3;9,1400,work,integration_income,residence_permit,true,social_rent,true,false,false,false,false,true",
    "p4,anderlecht,,alone,0,none,0,none,none,belgian,true,private_rent,false,false,false,false,false,false",
    "p5,outside_brussels,45,others,0,none,,work;maintenance,none,eu,false,hosted,false,false,false,false,false,false",
]


def run(stdin):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "actions.eligibility.cli", "screen"], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, env=env)


def table(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_screen_writes_an_id_column_and_one_status_column_per_right_for_every_row():
    result = run(HEADER + "\n" + "\n".join(ROWS) + "\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split(",") == ["id", *RIGHT_IDS]
    rows = table(result.stdout)
    assert [r["id"] for r in rows] == ["p1", "p2", "p3", "p4", "p5"]


def _profile(row):
    """The JSON profile of one CSV row, as assess takes it."""
    fields = dict(zip(HEADER.split(","), row.split(",")))
    del fields["id"]
    profile = {"date": datetime.date.today().isoformat()}
    for k, v in fields.items():
        if v == "":
            continue
        if k in ("age", "children"):
            profile[k] = int(v)
        elif k == "monthly_income":
            profile[k] = float(v)
        elif k in ("children_ages", "income_sources", "benefits"):
            items = [] if v == "none" and k != "income_sources" else v.split(";")
            profile[k] = [int(a) for a in items] if k == "children_ages" else items
        elif v in ("true", "false"):
            profile[k] = v == "true"
        else:
            profile[k] = v
    return profile


def test_screen_gives_the_same_statuses_as_assess_for_each_row():
    out = io.StringIO()
    screen(io.StringIO(HEADER + "\n" + "\n".join(ROWS) + "\n"), out)
    for row, got in zip(ROWS, table(out.getvalue())):
        expected = {r["id"]: r["status"] for r in assess(_profile(row))["rights"]}
        assert {k: v for k, v in got.items() if k != "id"} == expected, row


def test_an_empty_cell_is_unknown_and_not_no():
    out = io.StringIO()
    screen(io.StringIO(HEADER + "\n" + ROWS[3] + "\n"), out)  # age left empty
    assert table(out.getvalue())[0]["elderly_income_guarantee"] == "unknown"


def test_the_result_does_not_depend_on_the_chunk_size():
    text = HEADER + "\n" + "\n".join(ROWS * 3) + "\n"
    whole, small = io.StringIO(), io.StringIO()
    screen(io.StringIO(text), whole)
    screen(io.StringIO(text), small, chunk_rows=2)
    assert whole.getvalue() == small.getvalue()


def test_quoted_cells_and_a_missing_id_column_are_handled():
    text = 'commune,age,benefits\nschaerbeek,30,"integration_income;maximum_billing"\nuccle,70,none\n'
    result = run(text)
    assert result.returncode == 0, result.stderr
    rows = table(result.stdout)
    assert [r["id"] for r in rows] == ["1", "2"]
    assert rows[0]["integration_income"] == "already_receiving"


@pytest.mark.parametrize("text, expected", [
    ("commune,agee\nschaerbeek,30\n", "agee:"),
    ("commune,age\nschaerbeek,30\nuccle,thirty\n", "row 2: age:"),
    ("commune,age\nschaerbeek,30\nparis,40\n", "row 2: commune:"),
    ("commune,benefits\nschaerbeek,integration_income;free_beer\n", "row 1: benefits:"),
    ("commune,age\nschaerbeek,30,12\n", "row 1: csv:"),
    ("age,age\n30,30\n", "age:"),
    ("", "csv:"),
], ids=["an unknown column", "a wrong type", "a value outside the contract", "an unknown right in a list",
        "a row with too many cells", "a column given twice", "an empty input"])
def test_bad_input_exits_2_with_one_line_naming_the_row_and_field_and_nothing_on_stdout(text, expected):
    result = run(text)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(expected), lines[0]


def test_a_bad_row_after_many_good_ones_still_prints_nothing():
    good = "\n".join(["schaerbeek,30"] * 500)
    result = run(f"commune,age\n{good}\nschaerbeek,-1\n")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("row 501: age:")


def test_a_spreadsheet_export_with_a_byte_order_mark_and_windows_line_ends_is_read():
    result = run("\ufeffcommune,age,benefits\r\nschaerbeek,30,integration_income\r\n")
    assert result.returncode == 0, result.stderr
    rows = table(result.stdout)
    assert rows[0]["id"] == "1"
    assert rows[0]["integration_income"] == "already_receiving"
