"""Sending one follow-up message through the channel's own API: Telegram's Bot API, Twilio's
Messages API (SMS, and WhatsApp with an approved template). The API base comes from the
channel's settings (TELEGRAM_API_BASE, TWILIO_API_BASE), so that tests send to a real local
HTTP server. Standard library only; the address and the text are never logged.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from bot.channels.options import with_options
from bot.channels.settings import TelegramSettings, TwilioSettings
from bot.channels.sms_text import for_sms, split_sms

TIMEOUT_SECONDS = 20
WHATSAPP_PREFIX = "whatsapp:"


class SendError(RuntimeError):
    """The API refused the message or could not be reached; the message names the status only."""


def _post(request: urllib.request.Request) -> dict[str, Any]:
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as reply:
            return json.loads(reply.read() or b"{}")
    except urllib.error.HTTPError as error:
        raise SendError(f"HTTP {error.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise SendError(type(error).__name__) from None


def send_telegram(settings: TelegramSettings, chat_id: str, message: dict[str, Any]) -> None:
    """The text, and its choices as a reply keyboard, one a row, as the Telegram channel sends them."""
    keyboard = {"keyboard": [[{"text": b["title"]}] for b in message.get("buttons") or []],
                "resize_keyboard": True, "one_time_keyboard": True}
    body = json.dumps({"chat_id": chat_id, "text": message["text"], "reply_markup": keyboard}).encode()
    request = urllib.request.Request(f"{settings.api_base}/bot{settings.token}/sendMessage", data=body,
                                     headers={"Content-Type": "application/json"}, method="POST")
    if not _post(request).get("ok"):
        raise SendError("Telegram did not say ok")


def _twilio(settings: TwilioSettings, form: dict[str, str]) -> None:
    if settings.public_url:
        # Twilio reports delivery there, and Iris then deletes the message from Twilio's log.
        form["StatusCallback"] = f"{settings.public_url}/webhooks/twilio/status"
    credentials = base64.b64encode(f"{settings.account_sid}:{settings.auth_token}".encode()).decode()
    request = urllib.request.Request(
        f"{settings.api_base}/2010-04-01/Accounts/{settings.account_sid}/Messages.json",
        data=urllib.parse.urlencode(form).encode(), method="POST",
        headers={"Authorization": f"Basic {credentials}", "Content-Type": "application/x-www-form-urlencoded"})
    _post(request)


def sms_bodies(message: dict[str, Any]) -> list[str]:
    """The text with its choices numbered, in GSM-7 where it can be, cut into SMS."""
    return split_sms(for_sms(with_options({**message, "custom": message.get("json_message") or {}})))


def send_sms(settings: TwilioSettings, number: str, message: dict[str, Any]) -> None:
    for body in sms_bodies(message):
        _twilio(settings, {"To": number, "From": settings.number, "Body": body})


def send_whatsapp(settings: TwilioSettings, number: str, template: str, variables: dict[str, str]) -> None:
    """WhatsApp after 24 hours: only an approved template (its Content SID), with its variables."""
    ours = settings.number if settings.number.startswith(WHATSAPP_PREFIX) else WHATSAPP_PREFIX + settings.number
    _twilio(settings, {"To": number, "From": ours, "ContentSid": template,
                       "ContentVariables": json.dumps(variables, ensure_ascii=False)})
