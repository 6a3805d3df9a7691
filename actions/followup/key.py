"""The follow-up's key (IRIS_FOLLOWUP_KEY): a Fernet key, which encrypts the channel address,
and from which the lookup of a conversation's follow-up is derived.

Checked with the standard library alone, so that the launcher and the Rasa server read it the
same way as the action server. Without a key the follow-up is not offered; a key that is not a
Fernet key (32 bytes in URL-safe base64) is an error, named in one line, never a silent "off".
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from typing import Mapping, Optional

VARIABLE = "IRIS_FOLLOWUP_KEY"
KEY_BYTES = 32


class BadKey(ValueError):
    """The key is set but is not a Fernet key; the message is one line naming the variable."""


def followup_key(environ: Mapping[str, str] = os.environ) -> Optional[str]:
    """The key, None when it is not set; BadKey when it is set and wrong."""
    raw = environ.get(VARIABLE, "").strip()
    if not raw:
        return None
    try:
        decoded = base64.urlsafe_b64decode(raw.encode("ascii"))
    except (binascii.Error, ValueError, UnicodeEncodeError):
        decoded = b""
    if len(decoded) != KEY_BYTES:
        raise BadKey(f"{VARIABLE}: not a Fernet key (32 bytes in URL-safe base64; make one with "
                        "python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())').")
    return raw


def usable_key(environ: Mapping[str, str] = os.environ) -> Optional[str]:
    """The key when it is set and right; None otherwise (the follow-up is then not offered)."""
    try:
        return followup_key(environ)
    except BadKey:
        return None


def lookup(sender_id: str, key: str) -> str:
    """Where a conversation's follow-up is found: a keyed hash of its sender id (itself a keyed
    hash of the address, bot/channels/senders.py). The same every time, unlike the encrypted
    address, and useless without the key."""
    secret = hashlib.sha256(b"iris-followup-lookup:" + key.encode()).digest()
    return hmac.new(secret, sender_id.encode(), hashlib.sha256).hexdigest()
