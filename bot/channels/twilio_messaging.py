"""SMS and WhatsApp through Twilio, on Rasa's Twilio channel: /webhooks/twilio/webhook.

What Rasa's own channel does not: it refuses (403) a request whose X-Twilio-Signature does not
verify; it sends a turn's messages together, each bot message's options as numbered lines, and
reads "2" as the second option; an SMS stays within 320 characters and in GSM-7 where it can;
STOP, ARRET, ARRÊT or STOPPEN deletes the conversation and sends one line of goodbye; the message
text is never logged. WhatsApp numbers arrive as "whatsapp:+32..." on the same webhook, and get
messages of up to 1600 characters with their text unchanged.

Twilio keeps every message's body in its own log. Iris deletes each one there once it is final:
a person's message once it is answered, each of Iris's once Twilio reports it delivered or
failed (a status callback on /webhooks/twilio/status, signed like the webhook).
"""

from __future__ import annotations

import logging
import urllib.parse
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.twilio import TwilioInput, TwilioOutput
from sanic import Blueprint, response
from sanic.request import Request, RequestParameters
from sanic.response import HTTPResponse
from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient

from actions.followup.address import sealed_metadata
from actions.followup.forget import stop_followup
from actions.followup.stopped import stopped
from actions.i18n import DEFAULT_LANGUAGE, say
from bot.channels.forget import forget_conversation
from bot.channels.options import reply_payload, turn_text
from bot.channels.replay import SeenIds
from bot.channels.senders import pseudonym, pseudonym_key
from bot.channels.settings import TwilioSettings
from bot.channels.sms_text import cost, for_sms, split, split_sms
from bot.channels.stop_words import stop_language
from bot.channels.turn import last_bot_message, take_turn
from bot.channels.twilio_signature import is_from_twilio, signed_url

logger = logging.getLogger(__name__)

TWILIO_API = "https://api.twilio.com"
WHATSAPP_PREFIX = "whatsapp:"
WHATSAPP_LIMIT = 1600
STATUS_PATH = "/webhooks/twilio/status"
# After these, Twilio changes nothing more about a message, and it may be deleted.
FINAL_STATUSES = {"delivered", "undelivered", "failed", "read", "canceled"}
# Twilio's client logs each request and response at INFO; Iris's logs stay about Iris.
_quiet_twilio = logging.getLogger("bot.channels.twilio_api")
_quiet_twilio.setLevel(logging.WARNING)


class _ApiBaseHttpClient(AsyncTwilioHttpClient):
    """Twilio's own HTTP client, sending to another base URL (a local stand-in in tests)."""

    def __init__(self, api_base: str) -> None:
        super().__init__(logger=_quiet_twilio)
        self.api_base = api_base.rstrip("/")

    async def request(self, method: str, url: str, *args: Any, **kwargs: Any):  # type: ignore[override]
        if url.startswith(TWILIO_API):
            url = self.api_base + url[len(TWILIO_API):]
        return await super().request(method, url, *args, **kwargs)


def bodies(messages: List[Dict[Text, Any]], whatsapp: bool) -> List[str]:
    """A turn's bot messages as the texts to send: options numbered, within the channel's limit."""
    text = turn_text(messages)
    if whatsapp:
        return split(text, WHATSAPP_LIMIT)
    return split_sms(for_sms(text))


def signed_form(request: Request) -> RequestParameters:
    """The form as Twilio signed it: Sanic's `request.form` drops empty fields (ToState=, ...),
    which Twilio sends and signs."""
    body = request.body.decode("utf-8", errors="replace")
    return RequestParameters(urllib.parse.parse_qs(body, keep_blank_values=True))


class TwilioMessagingOutput(TwilioOutput):
    """Sends through Twilio's Messages API with Twilio's async client, never logging the text."""

    def __init__(self, settings: TwilioSettings) -> None:
        super().__init__(settings.account_sid, settings.auth_token, settings.number)
        self.http_client = _ApiBaseHttpClient(settings.api_base)
        # Without a public address Twilio cannot report back, and Iris's messages stay in its log.
        self.status_callback = f"{settings.public_url}{STATUS_PATH}" if settings.public_url else None

    async def send_body(self, to: str, from_: str, body: str) -> bool:
        callback = {"status_callback": self.status_callback} if self.status_callback else {}
        try:
            await self.messages.create_async(to=to, from_=from_, body=body, **callback)
            return True
        except TwilioRestException as error:
            logger.error("Twilio refused a message: HTTP %s, error %s.", error.status, error.code)
        except Exception as error:  # noqa: BLE001 - one lost message must not fail the turn
            logger.error("Sending through Twilio failed: %s.", type(error).__name__)
        return False

    async def send_turn(self, to: str, from_: str, messages: List[Dict[Text, Any]]) -> None:
        whatsapp = to.startswith(WHATSAPP_PREFIX)
        sent = bodies(messages, whatsapp=whatsapp)
        for body in sent:
            if not await self.send_body(to, from_, body):
                return
        if not whatsapp:
            # What SMS cost is what an association pays: counted, never the text.
            costs = [cost(body) for body in sent]
            logger.info("Sent %d SMS, %d segment(s), %s.", len(sent), sum(c.segments for c in costs),
                        "/".join(sorted({c.encoding for c in costs})))

    async def delete(self, message_sid: str) -> None:
        """Deletes a final message from Twilio's log; a failure is logged, never raised."""
        try:
            await self.messages(message_sid).delete_async()
        except TwilioRestException as error:
            logger.warning("Twilio kept a message in its log: HTTP %s, error %s.", error.status, error.code)
        except Exception as error:  # noqa: BLE001 - the person's turn is over anyway
            logger.warning("Deleting a message at Twilio failed: %s.", type(error).__name__)

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        await self.send_turn(recipient_id, self.twilio_number, [message])

    async def close(self) -> None:
        await self.http_client.close()


class TwilioMessagingInput(TwilioInput):
    """Twilio SMS and WhatsApp, configured from the environment (bot/channels/settings.py)."""

    @classmethod
    def name(cls) -> Text:
        return "twilio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        settings = TwilioSettings.from_environment()
        if settings is None:
            cls.raise_missing_credentials_exception()
        return cls(settings)

    def __init__(self, settings: TwilioSettings) -> None:
        super().__init__(settings.account_sid, settings.auth_token, settings.number, debug_mode=False)
        self.settings = settings
        self.pseudonym_key = pseudonym_key()
        self.seen = SeenIds()

    def get_output_channel(self) -> TwilioMessagingOutput:
        return TwilioMessagingOutput(self.settings)

    def is_signed(self, request: Request, form: RequestParameters) -> bool:
        url = signed_url(self.settings.public_url, request.url, request.path, request.query_string)
        return is_from_twilio(self.settings.auth_token, url, form, request.headers.get("X-Twilio-Signature"))

    async def answer(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]], tracker_store: Any,
        output: TwilioMessagingOutput, address: str, ours: str, text: str,
    ) -> None:
        kind = "whatsapp" if address.startswith(WHATSAPP_PREFIX) else "sms"
        sender_id = pseudonym(kind, address, self.pseudonym_key)
        last = await last_bot_message(tracker_store, sender_id)
        stop = stop_language(text)
        if stop is not None:
            forget_conversation(tracker_store, sender_id)
            followup = stop_followup(sender_id)  # the address kept for day 14 goes too
            if followup is not None:
                # During the day-14 questions, the follow-up's own reply: the anonymous summary may stay.
                goodbye = stopped(stop or followup.language, summary_kept=followup.summary_kept)
            else:
                language = stop or ((last or {}).get("custom") or {}).get("language") or DEFAULT_LANGUAGE
                goodbye = say(language, "Stopped. Your answers are deleted. You will get no more messages.")
            await output.send_turn(address, ours, [{"text": goodbye}])
            return
        # Some carriers turn @ into ¡ (as Rasa's own channel notes).
        text = reply_payload(text, last) or text.replace("¡", "@")
        # The kind of messaging lets the actions keep the brief result for SMS; the number only
        # sealed, for the follow-up of day 14 if the person asks for it (never in clear).
        messages = await take_turn(on_new_message, text, sender_id, self.name(),
                                   {"messaging": kind, **sealed_metadata(address)}, tracker_store)
        await output.send_turn(address, ours, messages)

    async def delete_at_twilio(self, message_sid: Optional[str]) -> None:
        if not message_sid:
            return
        output = self.get_output_channel()
        try:
            await output.delete(message_sid)
        finally:
            await output.close()

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        webhook = Blueprint(f"iris_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            form = signed_form(request)
            if not self.is_signed(request, form):
                logger.warning("Refused a Twilio webhook request without a valid signature.")
                return response.text("", status=403)
            if not self.seen.first_time(form.get("MessageSid") or ""):
                logger.warning("Ignored a Twilio message already received (a retry or a replay).")
                return response.text("", status=204)
            address = form.get("From") or ""
            text = form.get("Body") or ""
            if not address:
                return response.text("", status=400)
            # Ours: the number the person wrote to (Twilio's "To"), SMS or WhatsApp.
            ours = form.get("To") or self.settings.number
            output = self.get_output_channel()
            try:
                await self.answer(on_new_message, request.app.ctx.agent.tracker_store, output,
                                  address, ours, text)
            finally:
                await output.close()
            await self.delete_at_twilio(form.get("MessageSid"))
            return response.text("", status=204)

        @webhook.route("/status", methods=["POST"])
        async def status(request: Request) -> HTTPResponse:
            form = signed_form(request)
            if not self.is_signed(request, form):
                logger.warning("Refused a Twilio status callback without a valid signature.")
                return response.text("", status=403)
            if form.get("MessageStatus") in FINAL_STATUSES:
                await self.delete_at_twilio(form.get("MessageSid"))
            return response.text("", status=204)

        return webhook
