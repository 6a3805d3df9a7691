"""Whatever the bot sends is shown as text: markup in a message or a button stays letters."""

from __future__ import annotations

import json

from tests.bot.web.widget_driver import start

HOSTILE = '<script>window.hacked = 1</script><img src=x onerror="window.hacked = 2"> <b>bold</b>'


def test_a_bot_message_with_script_and_img_tags_is_shown_as_text(page, widget):
    reply = [{"recipient_id": "x", "text": HOSTILE, "custom": {"language": "fr", "ask": "housing"},
              "buttons": [{"title": '<img src=x onerror="window.hacked = 3">', "payload": "/x"}]}]
    page.route("**/webhooks/rest/webhook",
               lambda route: route.fulfill(status=200, content_type="application/json", body=json.dumps(reply)))
    page.goto(widget + "?lang=fr")
    start(page)
    last = page.locator("#log .message.bot").last
    assert HOSTILE in last.inner_text()
    assert last.locator("button").inner_text() == '<img src=x onerror="window.hacked = 3">'
    assert page.locator("#log script, #log img, #log b").count() == 0
    assert page.evaluate("() => window.hacked") is None
