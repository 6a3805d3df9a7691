"""Rasa's REST channel, with each bot message kept whole and no message text in the logs.

Rasa's own REST channel splits a message that has both text and a `custom` payload into two
entries, so a widget would have to guess which question an `{"ask": ...}` belongs to; and it logs
the person's text when something fails. This channel keeps the URL (/webhooks/rest/webhook) and
the request format, returns one entry per bot message with `text`, `buttons` and `custom`
together, and logs failures without the text.
"""

from __future__ import annotations

import logging
import os
import time
from asyncio import CancelledError
from typing import Any, Awaitable, Callable, Dict, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from actions.action_delete_data import DELETED
from actions.i18n import DEFAULT_LANGUAGE, say
from bot.channels.forget import forget_conversation, forget_inactive_conversations
from nlu.components.language_detector import detect_language

logger = logging.getLogger(__name__)

# Conversations are deleted this long after their last message (IRIS_RETENTION_MINUTES), checked
# at most every PURGE_EVERY seconds, on the next message: no scheduler to run beside Rasa.
RETENTION_SECONDS = 60 * float(os.environ.get("IRIS_RETENTION_MINUTES") or 60)
PURGE_EVERY = 300.0
MAX_SENDER_LENGTH = 128
MAX_TEXT_LENGTH = 2000


class WholeMessageCollector(CollectingOutputChannel):
    """Collects each bot message as one entry: text, buttons and custom payload together."""

    @classmethod
    def name(cls) -> Text:
        return "collector"

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        entry: Dict[Text, Any] = {"recipient_id": recipient_id}
        for key in ("text", "buttons", "custom", "image", "attachment"):
            if message.get(key) is not None:
                entry[key] = message[key]
        if message.get("quick_replies") and "buttons" not in entry:
            entry["buttons"] = message["quick_replies"]
        await self._persist_message(entry)


class WholeMessageRestInput(RestInput):
    """The REST channel of the web widget and of the tests."""

    last_purge = 0.0

    def purge_if_due(self, tracker_store) -> None:
        now = time.time()
        if now - self.last_purge < PURGE_EVERY:
            return
        self.last_purge = now
        try:
            deleted = forget_inactive_conversations(tracker_store, RETENTION_SECONDS, now)
        except Exception as error:  # noqa: BLE001 - a failed purge must not fail a message
            logger.error("Purging old conversations failed: %s", type(error).__name__)
            return
        if deleted:
            logger.info("Deleted %d conversation(s) past the retention.", deleted)

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[None]]
    ) -> Blueprint:
        webhook = Blueprint(f"iris_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            payload = request.json if isinstance(request.json, dict) else {}
            sender = payload.get("sender")
            text = payload.get("message")
            if not isinstance(sender, str) or not sender or len(sender) > MAX_SENDER_LENGTH:
                return response.json(
                    {"error": "'sender' must be a non-empty string of at most 128 characters"},
                    status=400,
                )
            if not isinstance(text, str) or len(text) > MAX_TEXT_LENGTH:
                return response.json(
                    {"error": "'message' must be a string of at most 2000 characters"},
                    status=400,
                )
            self.purge_if_due(request.app.ctx.agent.tracker_store)
            collector = WholeMessageCollector()
            try:
                await on_new_message(
                    UserMessage(
                        text,
                        collector,
                        sender,
                        input_channel=self.name(),
                        metadata=self.get_metadata(request),
                    )
                )
            except CancelledError:
                logger.error("REST message timed out (text not logged).")
            except Exception as error:  # noqa: BLE001 - the person must still get an answer
                logger.error("REST message failed: %s (text not logged).", type(error).__name__)
            if any((m.get("custom") or {}).get(DELETED) for m in collector.messages):
                forget_conversation(request.app.ctx.agent.tracker_store, sender)
            if not collector.messages:
                # Rasa answers nothing when an action fails: the person must not face silence.
                language = detect_language(text) or DEFAULT_LANGUAGE
                collector.messages.append(
                    {
                        "recipient_id": sender,
                        "text": say(language, "Sorry, something went wrong on our side. Please try again in a moment."),
                        "custom": {"language": language, "error": "no_answer"},
                    }
                )
            return response.json(collector.messages)

        return webhook
