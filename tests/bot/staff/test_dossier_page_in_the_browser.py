"""/dossier in Debian's Chromium driven by Playwright, by keyboard only: the staff login, the
code typed in lower case without its dash, the person's dossier, and a wrong code; axe-core
(WCAG 2.2 AA) at no violation on each page, in French and in Dutch, and no sideways scroll at
320 px. A real web server on a free port, a real SQLite store."""

from __future__ import annotations

import pytest

from tests.bot.staff.conftest import PASSWORD
from tests.bot.web.accessibility import assert_no_sideways_scroll, assert_no_violations
from tests.bot.web.conftest import SCREENSHOTS, browser, page  # noqa: F401 - fixtures
from tests.bot.web.widget_driver import tab_to


@pytest.fixture
def site(staff_port, handoff_store) -> str:
    """The staff pages' web server (tests/bot/staff/conftest.py), reading the handoff store."""
    return f"http://127.0.0.1:{staff_port}"


def enter(page, selector: str, text: str) -> None:
    """Tabs to a field, types, and sends the form with Enter."""
    tab_to(page, selector)
    page.keyboard.type(text)
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.parametrize("language, heading", [("fr", "Plan des visites"), ("nl", "Plan van de bezoeken")])
def test_a_social_worker_logs_in_and_opens_a_dossier_by_keyboard_without_violations(
        page, site, handoff_store, dossier, language, heading):
    code = handoff_store.give(dossier, "fr").code
    page.goto(f"{site}/dossier?lang={language}")
    assert "/staff/login" in page.url
    assert_no_violations(page)
    enter(page, "#password", PASSWORD)
    assert page.url.startswith(f"{site}/dossier")
    assert page.evaluate("() => document.documentElement.lang") == language
    assert_no_violations(page)
    enter(page, "#code", "zzz-zzz")  # not a code: said next to the field
    assert page.get_attribute("#code", "aria-invalid") == "true"
    assert page.locator("#code-error").is_visible()
    assert_no_violations(page)
    enter(page, "#code", code.lower())
    assert page.locator("h2", has_text=heading).is_visible()
    assert page.locator("ol.visits > li").count() >= 1
    assert_no_violations(page)
    page.screenshot(path=str(SCREENSHOTS / f"dossier-{language}.png"), full_page=True)
    # Every link and button of the dossier is reached with Tab, the way back to the form last.
    tab_to(page, f"a[href='/dossier?lang={language}']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#code").count() == 1


def test_the_dossier_fits_a_phone_without_sideways_scrolling(page, site, handoff_store, dossier):
    page.set_viewport_size({"width": 320, "height": 740})
    page.goto(f"{site}/dossier?lang=nl")
    enter(page, "#password", PASSWORD)
    enter(page, "#code", handoff_store.give(dossier, "nl").code)
    assert_no_sideways_scroll(page)
