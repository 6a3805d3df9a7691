"""The channel address (a phone number, a Telegram chat id), encrypted with Fernet.

The channels (Rasa server) seal the address of each incoming message into its metadata
(`followup_address`), so that the action that hears "yes" can keep it without ever seeing it in
clear, and so that the tracker store never holds it in clear either. Only the follow-up service
opens it, to send the day-14 message.
"""

from __future__ import annotations

import os
from typing import Mapping

from actions.followup.key import usable_key

METADATA_KEY = "followup_address"


def _fernet(key: str):
    from cryptography.fernet import Fernet  # imported on use: the launcher checks keys without it

    return Fernet(key.encode())


def seal(address: str, key: str) -> str:
    return _fernet(key).encrypt(address.encode()).decode()


def open_sealed(token: str, key: str) -> str:
    """The address in clear; cryptography's InvalidToken when it was sealed with another key."""
    return _fernet(key).decrypt(token.encode()).decode()


def sealed_metadata(address: str, environ: Mapping[str, str] = os.environ) -> dict[str, str]:
    """The metadata a channel adds to a message: the sealed address, or nothing without a key."""
    key = usable_key(environ)
    return {METADATA_KEY: seal(address, key)} if key and address else {}
