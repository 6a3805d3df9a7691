"""`make -s stats` as a person runs it: CSV on standard output; a wrong value gives one line on
standard error that names it, nothing on standard output, and exit status 2."""

from __future__ import annotations

import csv
import datetime
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from actions.observatory.record import build
from actions.observatory.store import Store

ROOT = Path(__file__).resolve().parents[3]


def stats(url: str, *arguments: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "IRIS_STATS_DB": url, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "actions.observatory.cli", *arguments], cwd=ROOT,
                          env=environment, capture_output=True, text=True, timeout=120)


def test_the_command_prints_the_counts_of_the_period_asked_by_commune_and_right(database_url):
    store = Store(database_url)
    rights = [{"id": "integration_income", "status": "eligible"}, {"id": "family_allowance", "status": "already_receiving"}]
    january = build({"commune": "jette"}, rights, day=datetime.date(2026, 1, 14), channel="sms", audience="self", language="fr")
    march = build({"commune": "jette"}, rights, day=datetime.date(2026, 3, 11), channel="web", audience="self", language="nl")
    store.save_many([january] * 30 + [march] * 12)
    store.engine.dispose()
    done = stats(database_url, "--from", "2026-01-01", "--to", "2026-01-31", "--by", "commune,right")
    assert done.returncode == 0, done.stderr
    lines = {row["right"]: row for row in csv.DictReader(io.StringIO(done.stdout))}
    assert lines["integration_income"]["screenings"] == "30"
    assert lines["integration_income"]["claimable"] == ""     # 30 of 30: the 0 not claimable is a small cell
    assert lines["family_allowance"]["received"] == ""         # 30 of 30 received: the same
    everything = list(csv.DictReader(io.StringIO(stats(database_url, "--by", "month").stdout)))
    assert [(row["month"], row["screenings"]) for row in everything] == [("2026-01", "30"), ("2026-03", "12")]


@pytest.mark.parametrize("arguments, named", [
    (("--by", "commune,postcode"), "BY"),
    (("--by", "right,right"), "BY"),
    (("--from", "2026-02-30"), "FROM"),
    (("--to", "yesterday"), "TO"),
    (("--from", "2026-03-01", "--to", "2026-01-01"), "FROM"),
])
def test_a_wrong_value_is_named_on_one_line_with_exit_status_2(tmp_path, arguments, named):
    done = stats(f"sqlite:///{tmp_path / 'observatory.db'}", *arguments)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(f"{named}:")


def test_a_database_that_cannot_be_opened_is_named_without_its_url():
    done = stats("postgresql+psycopg://iris:secret@127.0.0.1:1/none")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("IRIS_STATS_DB:") and "secret" not in done.stderr
