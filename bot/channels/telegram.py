"""Telegram, on Rasa's Telegram channel: /webhooks/telegram/webhook.

What Rasa's own channel does not: it refuses (403) an update without the secret token Telegram
sends in X-Telegram-Bot-Api-Secret-Token (Rasa's only compares the bot's name, fetched from
Telegram on every update); it has no /set_webhook route that anyone could call (the README says
how to set the webhook); a bot message's options come as a reply keyboard, one option a row, and
a tap (the option's title) is read as that option's payload; a bot message is sent whole, not cut
at each blank line; only private chats are answered; the message text is never logged; Telegram
is not called at start-up.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from aiogram.bot.api import TelegramAPIServer
from aiogram.types import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from actions.followup.address import sealed_metadata
from actions.i18n import LANGUAGES
from bot.channels.options import reply_payload
from bot.channels.senders import pseudonym, pseudonym_key
from bot.channels.settings import TelegramSettings
from bot.channels.sms_text import split
from bot.channels.turn import last_bot_message, take_turn

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MESSAGE_LIMIT = 4096


def has_secret(header: Optional[str], secret: str) -> bool:
    return header is not None and hmac.compare_digest(header.encode(), secret.encode())


def start_text(update_message: Dict[str, Any]) -> str:
    """Telegram's /start as a greeting, in the language of the person's Telegram app if Iris has it."""
    language = ((update_message.get("from") or {}).get("language_code") or "")[:2]
    if language in LANGUAGES:
        return "/greet" + json.dumps({"detected_language": language})
    return "/greet"


class TelegramChannelOutput(TelegramOutput):
    """Rasa's Telegram output, with options as a reply keyboard and the API base configurable."""

    def __init__(self, settings: TelegramSettings) -> None:
        super().__init__(settings.token)
        self.server = TelegramAPIServer.from_base(settings.api_base)

    async def _send(self, chat_id: Text, text: str, keyboard: Any) -> None:
        parts = split(text, MESSAGE_LIMIT) or [text]
        for number, part in enumerate(parts, start=1):
            markup = keyboard if number == len(parts) else None
            await self.send_message(chat_id, part, reply_markup=markup)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        # No options now: the keyboard of an earlier question must not stay on screen.
        await self._send(recipient_id, text, ReplyKeyboardRemove())

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        keyboard = ReplyKeyboardMarkup(resize_keyboard=True, one_time_keyboard=True)
        for button in buttons:
            if button.get("title"):
                keyboard.row(KeyboardButton(button["title"]))
        await self._send(recipient_id, text, keyboard)

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        # The custom payload (ask, result, language) is for the web widget, not for a person.
        return None

    async def send_turn(self, chat_id: Text, messages: List[Dict[Text, Any]]) -> None:
        for message in messages:
            message = {k: v for k, v in message.items() if k != "recipient_id"}
            try:
                await self.send_response(chat_id, message)
            except Exception as error:  # noqa: BLE001 - one lost message must not fail the turn
                logger.error("Sending through Telegram failed: %s.", type(error).__name__)
                return


class TelegramChannelInput(TelegramInput):
    """Telegram, configured from the environment (bot/channels/settings.py)."""

    @classmethod
    def name(cls) -> Text:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        settings = TelegramSettings.from_environment()
        if settings is None:
            cls.raise_missing_credentials_exception()
        return cls(settings)

    def __init__(self, settings: TelegramSettings) -> None:
        super().__init__(settings.token, settings.bot_name, None, debug_mode=False)
        self.settings = settings
        self.pseudonym_key = pseudonym_key()

    def get_output_channel(self) -> TelegramChannelOutput:
        return TelegramChannelOutput(self.settings)

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        webhook = Blueprint(f"iris_webhook_{type(self).__name__}", __name__)
        output = self.get_output_channel()

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not has_secret(request.headers.get(SECRET_HEADER), self.settings.secret_token):
                logger.warning("Refused a Telegram update without the secret token.")
                return response.text("", status=403)
            update = request.json if isinstance(request.json, dict) else {}
            message = update.get("message")
            # Anything else (an edit, a photo, a group, a channel post) gets a 200 and no answer,
            # so that Telegram does not send it again.
            if not isinstance(message, dict) or not isinstance(message.get("text"), str):
                return response.text("success")
            chat = message.get("chat") or {}
            if chat.get("type") != "private" or "id" not in chat:
                return response.text("success")
            sender_id = pseudonym("telegram", str(chat["id"]), self.pseudonym_key)
            tracker_store = request.app.ctx.agent.tracker_store
            text = message["text"]
            if text.split(" ")[0].split("@")[0] == "/start":
                text = start_text(message)
            else:
                last = await last_bot_message(tracker_store, sender_id)
                text = reply_payload(text, last, numbers=False) or text
            # The chat id, sealed, for the follow-up of day 14 if the person asks for it (never in clear).
            metadata = sealed_metadata(str(chat["id"])) or None
            messages = await take_turn(on_new_message, text, sender_id, self.name(), metadata, tracker_store)
            await output.send_turn(chat["id"], messages)
            return response.text("success")

        return webhook
