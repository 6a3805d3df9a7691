"""The volunteer terminal: large text, the volunteer's metadata on every message, and a reset (by
the button or after the idle timeout) that leaves nothing of one person for the next: not in the
page, not behind the back button, not on the server."""

from __future__ import annotations

import sqlite3

import pytest

from actions.i18n import say
from tests.bot.web.conftest import SHORT_IDLE_MINUTES
from tests.bot.web.widget_driver import press_and_wait, start, tab_to

REST = "/webhooks/rest/webhook"
# The idle timeout, and room for a loaded machine.
IDLE_MS = SHORT_IDLE_MINUTES * 60_000
WITHIN_IDLE_MS = IDLE_MS + 15_000


def stored_events(iris, sender: str) -> int:
    with sqlite3.connect(iris.tracker_db) as db:
        return db.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[0]


def record_rest_bodies(page) -> list[dict]:
    bodies: list[dict] = []
    page.on("request", lambda request: bodies.append(request.post_data_json) if REST in request.url else None)
    return bodies


def begin_a_conversation(page, url: str) -> tuple[list[dict], int]:
    """Opens the terminal, starts, and answers one question by typing; returns the REST bodies
    sent and the length of the history when the page opened."""
    bodies = record_rest_bodies(page)
    page.goto(url + "?mode=terminal&lang=fr")
    history_length = page.evaluate("() => history.length")
    start(page)
    tab_to(page, "#message")
    page.keyboard.type(say("fr", "I don't know"))
    press_and_wait(page, "Enter")
    return bodies, history_length


def assert_nothing_left(page, iris, bodies: list[dict], history_length: int) -> None:
    old = bodies[0]["sender"]
    page.wait_for_function("() => document.getElementById('start').textContent !== ''")
    assert page.locator("#log .message").count() == 0
    assert page.input_value("#message") == ""
    assert page.evaluate("() => history.length") == history_length
    # Back leads to the browser's blank tab, never to the last person's page.
    page.go_back()
    assert page.url == "about:blank" or page.locator("#log .message").count() == 0
    page.go_forward()
    assert page.locator("#log .message").count() == 0
    delete = bodies[-1]
    assert delete["sender"] == old and delete["message"] == "/delete_data"
    assert stored_events(iris, old) == 0
    # The next person gets a new sender id, so a fresh conversation with the bot's greeting.
    page.emulate_media(media="print")
    assert page.locator("#log .card").count() == 0
    page.emulate_media(media="screen")
    start(page)
    assert bodies[-1]["sender"] != old


def test_the_terminal_shows_large_text_and_sends_the_volunteer_mode_with_every_message(page, widget):
    bodies, _ = begin_a_conversation(page, widget)
    size = page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")
    assert size >= 24
    assert len(bodies) >= 2
    assert all(body["metadata"] == {"mode": "terminal"} for body in bodies)
    assert page.locator("#new-person").inner_text() == "Nouvelle personne"


def test_the_widget_outside_the_terminal_sends_no_volunteer_mode(page, widget):
    bodies = record_rest_bodies(page)
    page.goto(widget + "?lang=fr")
    start(page)
    assert "metadata" not in bodies[0]
    assert page.locator("#new-person").is_hidden()


def test_new_person_deletes_the_conversation_and_leaves_nothing_in_the_page_or_history(page, widget, iris):
    bodies, history_length = begin_a_conversation(page, widget)
    old = bodies[0]["sender"]
    assert stored_events(iris, old) > 0
    tab_to(page, "#new-person")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert bodies[-1]["metadata"] == {"mode": "terminal"}
    assert_nothing_left(page, iris, bodies, history_length)


def test_the_idle_timeout_warns_then_deletes_the_conversation_and_clears_the_page(page, short_idle_widget, iris):
    bodies, history_length = begin_a_conversation(page, short_idle_widget)
    page.wait_for_selector("#idle-warning[open]", timeout=WITHIN_IDLE_MS)
    assert page.evaluate("() => document.activeElement.id") == "idle-continue"
    with page.expect_navigation(timeout=WITHIN_IDLE_MS):
        pass
    assert_nothing_left(page, iris, bodies, history_length)


def test_a_key_pressed_during_the_idle_warning_keeps_the_conversation(page, short_idle_widget, iris):
    bodies, _ = begin_a_conversation(page, short_idle_widget)
    page.wait_for_selector("#idle-warning[open]", timeout=WITHIN_IDLE_MS)
    page.keyboard.press("Enter")
    assert page.locator("#idle-warning[open]").count() == 0
    messages = page.locator("#log .message").count()
    page.wait_for_timeout(IDLE_MS * 0.6)
    assert page.locator("#log .message").count() == messages
    assert stored_events(iris, bodies[0]["sender"]) > 0
