"""`make -s screen STATS=1`: each row of an association's anonymous caseload becomes a record with
the source `caseload`; a bad row keeps nothing; without STATS=1 nothing is kept."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

from actions.observatory.store import Store

ROOT = Path(__file__).resolve().parents[3]
CASELOAD = ("commune,age,living_with,children,monthly_income,benefits\n"
            + "jette,70,partner,0,1500,increased_reimbursement\n" * 12
            + "evere,22,alone,2,900,\n" * 3)


def run(module: list[str], url: str, text: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "IRIS_STATS_DB": url, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", *module], input=text, cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=300)


def test_each_row_becomes_an_anonymous_record_marked_caseload(database_url):
    done = run(["actions.observatory.caseload"], database_url, CASELOAD)
    assert done.returncode == 0, done.stderr
    assert len(list(csv.reader(io.StringIO(done.stdout)))) == 16  # the statuses, as `make screen` prints them
    store = Store(database_url)
    assert store.count(source="caseload") == 15 and store.count() == 15
    assert store.count(commune="jette", age_band="65_plus", household="with_partner", children_band="0",
                       increased_reimbursement="already_receiving", channel="caseload") == 12
    assert store.count(commune="evere", age_band="under_25", household="single_parent", children_band="1_2") == 3
    printed = run(["actions.observatory.cli", "--by", "source"], database_url, "").stdout
    assert printed.splitlines()[1].startswith("caseload,15,")


def test_a_bad_row_keeps_nothing_and_without_stats_nothing_is_kept(tmp_path):
    url = f"sqlite:///{tmp_path / 'observatory.db'}"
    done = run(["actions.observatory.caseload"], url, CASELOAD + "uccle,two hundred,alone,0,0,\n")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.strip() == "row 16: age: must be a whole number from 0 to 120"
    assert run(["actions.eligibility.cli", "screen"], url, CASELOAD).returncode == 0
    assert Store(url).count() == 0
