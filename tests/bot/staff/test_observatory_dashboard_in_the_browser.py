"""The dashboard in Debian's Chromium driven by Playwright, by keyboard only: the staff login,
the map and its tables, the caseload choice, a CSV download, and axe-core (WCAG 2.2 AA) at no
violation, in French and in Dutch. A real web server on a free port, a real SQLite store."""

from __future__ import annotations

import pytest

from bot.staff.observatory_words import PATHS
from tests.bot.staff.conftest import PASSWORD
from tests.bot.staff.observatory_records import statistics  # noqa: F401 - a fixture
from tests.bot.web.accessibility import assert_no_sideways_scroll, assert_no_violations
from tests.bot.web.conftest import SCREENSHOTS, browser, page  # noqa: F401 - fixtures
from tests.bot.web.widget_driver import tab_to


@pytest.fixture
def site(staff_port, statistics) -> str:
    """The staff pages' web server (tests/bot/staff/conftest.py), reading the records' store."""
    return f"http://127.0.0.1:{staff_port}"


def log_in_by_keyboard(page, site: str, language: str) -> None:
    page.goto(site + PATHS[language])
    assert "/staff/login" in page.url
    tab_to(page, "#password")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.startswith(site + PATHS[language])


def rights_table(page) -> str:
    return page.locator("section[aria-labelledby=rights-heading] table").inner_text()


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_staff_member_logs_in_reads_the_map_and_hides_the_caseloads_by_keyboard(page, site, language):
    log_in_by_keyboard(page, site, language)
    assert page.evaluate("() => document.documentElement.lang") == language
    assert page.locator("svg.map g").count() == 19
    for section in ("communes", "rights", "reasons", "months", "outcomes"):
        assert page.locator(f"section[aria-labelledby={section}-heading] table caption").is_visible()
    before = rights_table(page)
    tab_to(page, "#records-all")
    page.keyboard.press("ArrowDown")  # the radio group's next choice: conversations only
    assert page.is_checked("#records-conversations")
    tab_to(page, "form.filter button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "records=conversations" in page.url
    assert rights_table(page) != before
    page.screenshot(path=str(SCREENSHOTS / f"observatory-{language}.png"), full_page=True)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_dashboard_has_no_accessibility_violations(page, site, language):
    log_in_by_keyboard(page, site, language)
    assert_no_violations(page)
    page.set_viewport_size({"width": 320, "height": 740})
    assert_no_sideways_scroll(page)


def test_a_table_downloads_as_csv_by_keyboard(page, site):
    log_in_by_keyboard(page, site, "fr")
    tab_to(page, "section[aria-labelledby=communes-heading] .download a")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    with open(download.value.path(), encoding="utf-8") as file:
        text = file.read()
    assert text.startswith("commune,name,screenings,claimable,received,non_take_up_rate\n")
    assert "koekelberg,Koekelberg,<10,<10,<10,\n" in text
