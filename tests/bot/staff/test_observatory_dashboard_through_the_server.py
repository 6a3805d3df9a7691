"""The dashboard through a real web server on a free port (bot/web_server.py with the staff
pages), reading a real SQLite store named by IRIS_STATS_DB: the login first, the page in each
language, the CSV of each table, and the caseload choice."""

from __future__ import annotations

import csv
import io

import pytest

from tests.bot.staff.conftest import PASSWORD
from tests.bot.staff.observatory_records import statistics  # noqa: F401 - a fixture


def _rows(reply) -> list[list[str]]:
    return list(csv.reader(io.StringIO(reply.body)))


@pytest.mark.parametrize("path", ["/observatoire", "/observatorium/communes.csv?records=conversations"])
def test_the_dashboard_and_its_csv_need_the_staff_login(client, statistics, path):
    reply = client.get(path)
    assert reply.status == 303
    assert reply.headers["location"].startswith("/staff/login?next=")
    assert "commune" not in reply.body


def test_after_the_login_the_page_asked_for_opens_in_french(client, statistics):
    reply = client.log_in(PASSWORD, "/observatoire")
    assert reply.status == 303 and reply.headers["location"].startswith("/observatoire")
    page = client.get(reply.headers["location"])
    assert page.status == 200
    assert '<html lang="fr">' in page.body and "Observatoire du non-recours" in page.text
    assert '<svg class="map"' in page.body and "<caption>Bilans et non-recours par commune</caption>" in page.body
    assert "form-action 'self'" in page.headers["content-security-policy"]  # the filter's form may be sent


def test_the_dutch_page_is_at_observatorium_and_lang_leads_there_with_the_filter(logged_in, statistics):
    assert '<html lang="nl">' in logged_in.get("/observatorium").body
    reply = logged_in.get("/observatoire?lang=nl&from=2026-02-01&records=conversations")
    assert reply.status == 303
    assert reply.headers["location"] == "/observatorium?from=2026-02-01&records=conversations"


def test_each_table_downloads_as_csv_with_small_counts_as_less_than_10(logged_in, statistics):
    reply = logged_in.get("/observatoire/communes.csv")
    assert reply.status == 200 and reply.headers["content-type"].startswith("text/csv")
    assert reply.headers["content-disposition"] == 'attachment; filename="iris-communes.csv"'
    rows = _rows(reply)
    assert rows[0] == ["commune", "name", "screenings", "claimable", "received", "non_take_up_rate"]
    assert next(row for row in rows if row[0] == "koekelberg")[2:] == ["<10", "<10", "<10", ""]
    for table, first in (("rights", "right"), ("reasons", "right"), ("months", "month"), ("outcomes", "right")):
        assert _rows(logged_in.get(f"/observatorium/{table}.csv"))[0][0] == first
    months = _rows(logged_in.get("/observatoire/months.csv?from=2026-02-01&to=2026-02-28"))
    assert [row[0] for row in months[1:]] == ["2026-02"]


def test_hiding_the_caseload_records_changes_the_numbers(logged_in, statistics):
    everything = _rows(logged_in.get("/observatoire/rights.csv?records=all"))
    conversations = _rows(logged_in.get("/observatoire/rights.csv?records=conversations"))
    claimable = {row[0]: row[2] for row in everything[1:]}
    claimable_without = {row[0]: row[2] for row in conversations[1:]}
    assert claimable["family_allowance"].isdigit() and claimable_without["family_allowance"].isdigit()
    assert int(claimable_without["family_allowance"]) < int(claimable["family_allowance"])
    page = logged_in.get("/observatoire?records=conversations")
    assert 'value="conversations" checked' in page.body


def test_a_bad_date_gets_one_clear_line_and_status_400(logged_in, statistics):
    page = logged_in.get("/observatoire?from=31-01-2026")
    assert page.status == 400
    assert "La date « Depuis le » s'écrit ainsi : 2026-01-31." in page.text
    assert logged_in.get("/observatorium/communes.csv?to=never").status == 400
