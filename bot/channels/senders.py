"""The sender id under which a phone or chat conversation is stored.

A keyed hash of the phone number or chat id, not the number itself: the tracker store never holds
a phone number. The key is Iris's own (IRIS_PSEUDONYM_KEY), not a Twilio or Telegram token: a
leaked token must not let anyone compute a person's id, and rotating a token must not orphan every
conversation. The REST channel, whose sender id the caller chooses, refuses ids with these
channels' prefixes, so nobody can open or continue an SMS or Telegram conversation over it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from typing import Mapping

KEY_VARIABLE = "IRIS_PSEUDONYM_KEY"
MIN_KEY_LENGTH = 16
PHONE_AND_CHAT_PREFIXES = ("sms-", "whatsapp-", "telegram-")


def pseudonym_key(environ: Mapping[str, str] = os.environ) -> str:
    """The key from the environment; one line saying what to set when it is missing or short."""
    key = environ.get(KEY_VARIABLE, "").strip()
    if len(key) < MIN_KEY_LENGTH:
        raise ValueError(f"{KEY_VARIABLE} must hold a secret of at least {MIN_KEY_LENGTH} characters "
                         "(make run sets one when it is absent).")
    return key


def pseudonym(kind: str, address: str, key: str) -> str:
    digest = hmac.new(key.encode(), f"{kind}:{address}".encode(), hashlib.sha256).hexdigest()
    return f"{kind}-{digest[:32]}"


def is_phone_or_chat_id(sender: str) -> bool:
    return sender.lower().startswith(PHONE_AND_CHAT_PREFIXES)
