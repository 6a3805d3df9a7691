"""WCAG 2.2 AA by axe-core on the start page and on a question with options, the page at a
phone's width, and the widget's promises: labelled input, a log that announces, nothing stored."""

from __future__ import annotations

import pytest

from tests.bot.web.accessibility import assert_no_violations, assert_no_sideways_scroll
from tests.bot.web.conftest import SCREENSHOTS
from actions.i18n import say
from tests.bot.web.widget_driver import focused, press_and_wait, start, tab_to


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_start_page_has_no_accessibility_violations(page, widget, language):
    page.goto(widget + f"?lang={language}")
    page.wait_for_function(f"() => document.documentElement.lang === '{language}'")
    assert_no_violations(page)


def test_a_question_with_options_has_no_accessibility_violations(page, widget):
    page.goto(widget + "?lang=fr")
    start(page)
    assert page.locator("#log .message.bot .options button").count() > 0
    assert_no_violations(page)


def test_the_page_speaks_each_message_in_its_language_and_announces_new_ones(page, widget):
    page.goto(widget + "?lang=nl")
    start(page)
    assert page.get_attribute("#log", "role") == "log"
    assert page.locator("label[for=message]").inner_text()
    assert page.eval_on_selector_all("#log .message", "items => items.every(i => i.lang === 'nl')")
    # Options are native buttons, and the first one or the input holds the focus.
    assert page.eval_on_selector_all("#log .options > *", "items => items.every(i => i.tagName === 'BUTTON')")
    where = focused(page)
    assert where["option"] == 0 or where["id"] == "message"


def test_deleting_my_data_also_clears_the_conversation_from_the_screen(page, widget):
    page.goto(widget + "?lang=fr")
    start(page)
    tab_to(page, "#message")
    page.keyboard.type("effacer")
    press_and_wait(page, "Enter")
    [message] = page.locator("#log .message").all_inner_texts()
    assert say("fr", "Your answers are deleted. Nothing of this conversation is kept.") in message


def test_nothing_is_stored_in_the_browser(page, widget):
    page.goto(widget + "?lang=fr")
    start(page)
    stored = page.evaluate("() => ({cookies: document.cookie, local: localStorage.length, session: sessionStorage.length})")
    assert stored == {"cookies": "", "local": 0, "session": 0}
    assert page.context.cookies() == []


@pytest.mark.parametrize("width", [360, 320])
def test_the_start_page_and_a_question_fit_a_phone_without_sideways_scrolling(page, widget, width):
    page.set_viewport_size({"width": width, "height": 740})
    page.goto(widget + "?lang=fr")
    page.wait_for_function("() => document.getElementById('start').textContent !== ''")
    assert_no_sideways_scroll(page)
    start(page)
    assert_no_sideways_scroll(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"question-{width}px.png"), full_page=True)


def test_the_page_at_200_percent_zoom_needs_no_sideways_scrolling(browser, widget):
    # 200 % zoom of a 1280 px window leaves 640 CSS pixels, twice as many device pixels each.
    context = browser.new_context(viewport={"width": 640, "height": 400}, device_scale_factor=2)
    page = context.new_page()
    try:
        page.goto(widget + "?mode=terminal&lang=fr")
        start(page)
        assert_no_sideways_scroll(page)
    finally:
        context.close()
