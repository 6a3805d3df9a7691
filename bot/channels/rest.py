"""Rasa's REST channel, with each bot message kept whole and no message text in the logs.

Rasa's own REST channel splits a message that has both text and a `custom` payload into two
entries, so a widget would have to guess which question an `{"ask": ...}` belongs to; and it logs
the person's text when something fails. This channel keeps the URL (/webhooks/rest/webhook) and
the request format, returns one entry per bot message with `text`, `buttons` and `custom`
together, and logs failures without the text.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import event_types, tracker_sqlite
from bot.channels.forget import forget_inactive_conversations
from bot.channels.retention import purge_forever, retention_minutes
from bot.channels.senders import is_phone_or_chat_id
from bot.channels.turn import take_turn
from bot.channels.warm_up import warm_up

MAX_SENDER_LENGTH = 128
# Every Rasa server of Iris loads this channel: the tracker store's costs per turn are cut here.
tracker_sqlite.install()
event_types.install()


class WholeMessageRestInput(RestInput):
    """The REST channel of the web widget and of the tests."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def get_metadata(self, request: Request) -> Optional[Dict[Text, Any]]:
        """Only the widget's terminal mode passes (actions/audience.py): Rasa stores metadata
        with each message, so nothing else a client sends is kept."""
        body = request.json if isinstance(request.json, dict) else {}
        metadata = body.get("metadata")
        if isinstance(metadata, dict) and metadata.get("mode") == "terminal":
            return {"mode": "terminal"}
        return None

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[None]]
    ) -> Blueprint:
        webhook = Blueprint(f"iris_webhook_{type(self).__name__}", __name__)
        warm = {"done": False}

        @webhook.listener("after_server_start")
        async def warm_before_ready(app: Any, _loop: Any) -> None:
            # Every channel's conversations live in the one tracker store: one timer purges them.
            app.add_task(purge_forever(app.ctx.agent.tracker_store, 60 * retention_minutes(),
                                       forget_inactive_conversations))
            try:
                await warm_up(take_turn, on_new_message, app.ctx.agent.tracker_store)
            finally:
                warm["done"] = True  # a failed warm-up must not keep Iris down

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            # bot/services.py waits for this: ready means warm (bot/channels/warm_up.py).
            if not warm["done"]:
                return response.json({"status": "warming up"}, status=503)
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
            if is_phone_or_chat_id(sender):
                return response.json(
                    {"error": "'sender' may not start with sms-, whatsapp- or telegram-"}, status=400
                )
            if not isinstance(text, str):  # a long one gets a plain reply (bot/channels/limits.py)
                return response.json({"error": "'message' must be a string"}, status=400)
            messages = await take_turn(
                on_new_message,
                text,
                sender,
                self.name(),
                self.get_metadata(request),
                request.app.ctx.agent.tracker_store,
            )
            return response.json(messages)

        return webhook
