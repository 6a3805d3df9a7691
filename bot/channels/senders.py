"""The sender id under which a phone or chat conversation is stored.

A keyed hash of the phone number or chat id, not the number itself: the tracker store never holds
a phone number, and nobody can open a person's conversation on the REST channel (whose sender id
the caller chooses) by writing their number.
"""

from __future__ import annotations

import hashlib
import hmac


def pseudonym(kind: str, address: str, key: str) -> str:
    digest = hmac.new(key.encode(), f"{kind}:{address}".encode(), hashlib.sha256).hexdigest()
    return f"{kind}-{digest[:32]}"
