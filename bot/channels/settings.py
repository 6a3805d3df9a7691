"""The channels' settings, from environment variables: a channel whose settings are absent is not
started, so Iris runs without any account. Secrets stay in the environment and are never written
to a file. Standard library only: the launcher (action server environment) reads it too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping, Optional

TWILIO_CHANNEL = "bot.channels.twilio_messaging.TwilioMessagingInput"
TELEGRAM_CHANNEL = "bot.channels.telegram.TelegramChannelInput"


@dataclass(frozen=True)
class TwilioSettings:
    account_sid: str
    auth_token: str
    number: str
    # Twilio signs the URL it calls; behind a proxy that is not the URL Rasa sees.
    public_url: Optional[str]
    api_base: str

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> Optional["TwilioSettings"]:
        sid, token, number = (environ.get(k, "").strip() for k in
                              ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_NUMBER"))
        if not (sid and token and number):
            return None
        return cls(sid, token, number, _public_url(environ),
                   (environ.get("TWILIO_API_BASE") or "https://api.twilio.com").rstrip("/"))


@dataclass(frozen=True)
class TelegramSettings:
    token: str
    secret_token: str
    bot_name: Optional[str]
    api_base: str

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> Optional["TelegramSettings"]:
        token = environ.get("TELEGRAM_TOKEN", "").strip()
        secret = environ.get("TELEGRAM_SECRET_TOKEN", "").strip()
        # Without the secret token anyone could post updates in a person's name: not started.
        if not (token and secret):
            return None
        return cls(token, secret, environ.get("TELEGRAM_BOT_NAME") or None,
                   (environ.get("TELEGRAM_API_BASE") or "https://api.telegram.org").rstrip("/"))


def _public_url(environ: Mapping[str, str]) -> Optional[str]:
    url = environ.get("IRIS_PUBLIC_URL", "").strip().rstrip("/")
    return url or None


def configured_channels(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The module paths of the channels whose settings are all present, for Rasa's credentials."""
    channels = []
    if TwilioSettings.from_environment(environ):
        channels.append(TWILIO_CHANNEL)
    if TelegramSettings.from_environment(environ):
        channels.append(TELEGRAM_CHANNEL)
    return channels
