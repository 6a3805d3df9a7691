"""A person using the widget with the keyboard alone (Tab, Shift+Tab, Enter, Space, typing).

The bot chooses the questions and their order changes as the engine improves, so a household is
a table `field -> Reply` and the driver answers whichever field the latest message asks
(`data-ask`, from the bot's `{"ask": field}`), until the result cards come.
"""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Page

from actions.i18n import say

REST = "/webhooks/rest/webhook"
MAX_TURNS = 30
MAX_TABS = 40
# The widget's own rule (bot/web/app.js): these questions are answered by typing.
TYPED_FIELDS = {"commune", "age", "children", "children_ages", "monthly_income"}
NUMERIC_FIELDS = {"age", "children", "monthly_income"}


@dataclass(frozen=True)
class Reply:
    """What the person says: the option whose label is `option` (an English msgid) when the
    question shows it, else `text` typed in the input."""

    text: str
    option: str | None = None


def focused(page: Page) -> dict:
    return page.evaluate("""() => {
        const e = document.activeElement;
        const last = [...document.querySelectorAll('#log .message.bot')].pop();
        const options = last ? [...last.querySelectorAll('.options button')] : [];
        return {id: e.id, tag: e.tagName, text: e.textContent.trim(),
                option: options.indexOf(e), inLast: !!(last && last.contains(e))};
    }""")


def tab_to(page: Page, selector: str) -> None:
    """Presses Tab until the element matching `selector` has the focus."""
    for _ in range(MAX_TABS):
        if page.evaluate("s => document.activeElement === document.querySelector(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} cannot be reached with Tab")


def press_and_wait(page: Page, key: str) -> None:
    """Presses `key` on the focused element and waits until the bot's reply is on the page (the
    log is busy from before the request until the reply is shown)."""
    with page.expect_response(lambda response: REST in response.url):
        page.keyboard.press(key)
    page.wait_for_function("() => document.getElementById('log').getAttribute('aria-busy') === 'false'")


def start(page: Page) -> None:
    tab_to(page, "#start")
    press_and_wait(page, "Enter")


def asked_field(page: Page) -> str | None:
    return page.evaluate("() => [...document.querySelectorAll('#log .message.bot')].pop().dataset.ask || null")


def has_result(page: Page) -> bool:
    return page.locator("#log button.print").count() > 0


def answer(page: Page, language: str, field: str, reply: Reply, turn: int) -> None:
    """Answers from where the widget put the focus: an option with Space (or Enter on odd turns,
    so both keys are used), or the text typed in the input and sent with Enter."""
    where = focused(page)
    if field in TYPED_FIELDS:
        assert where["id"] == "message", f"{field}: focus should be on the input, is on {where}"
    else:
        assert where["option"] == 0, f"{field}: focus should be on the first option, is on {where}"
    wanted = say(language, reply.option) if reply.option else None
    while focused(page)["option"] >= 0:
        if wanted and focused(page)["text"] == wanted:
            press_and_wait(page, "Space" if turn % 2 == 0 else "Enter")
            return
        page.keyboard.press("Tab")
    tab_to(page, "#message")
    expected_mode = "numeric" if field in NUMERIC_FIELDS else "text"
    assert page.get_attribute("#message", "inputmode") == expected_mode, field
    page.keyboard.type(reply.text)
    press_and_wait(page, "Enter")


def screen_by_keyboard(page: Page, language: str, replies: dict[str, Reply]) -> list[str]:
    """Starts, answers whatever is asked until the result cards come; returns the fields asked."""
    start(page)
    asked: list[str] = []
    for turn in range(MAX_TURNS):
        if has_result(page):
            return asked
        field = asked_field(page)
        assert field, "the bot neither asked nor concluded: " + page.inner_text("#log")[-600:]
        # A field the table lacks, or one asked a third time in a row: "I don't know" moves on.
        dont_know = Reply(say(language, "I don't know"), "I don't know")
        reply = dont_know if asked[-2:] == [field, field] else replies.get(field, dont_know)
        asked.append(field)
        answer(page, language, field, reply, turn)
    raise AssertionError(f"no result after {MAX_TURNS} turns; asked {asked}")
