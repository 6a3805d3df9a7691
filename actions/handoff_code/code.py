"""Handoff codes: 6 characters from an alphabet without lookalikes, shown as K7M-4QX.

No 0/O, 1/I/L, 5/S, 2/Z or 8/B: a code is read aloud, written on paper and typed by someone
else. 25 symbols, 6 places: 244 million codes, for a few thousand alive at once and 5 wrong
tries a minute per address (bot/staff/sessions.py).

The database never holds a code: scrypt turns it into a lookup key and an encryption key,
so that a copy of the database opens nothing without trying codes at scrypt's cost.
"""

from __future__ import annotations

import base64
import hashlib
import secrets

ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
LENGTH = 6
# The same salt for every code: the lookup key must be found from the code alone.
SALT = b"iris handoff code v1"
N, R, P = 2**14, 8, 1


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def shown(code: str) -> str:
    """K7M4QX -> K7M-4QX: two groups of three are easier to read and to copy."""
    return f"{code[:3]}-{code[3:]}"


def normalised(typed: str) -> str | None:
    """A code as typed ("k7m 4qx", "K7M-4QX") in its stored form, or None when it cannot be one."""
    code = "".join(c for c in (typed or "")[:40].upper() if c.isalnum())
    if len(code) != LENGTH or any(c not in ALPHABET for c in code):
        return None
    return code


def keys(code: str) -> tuple[str, bytes]:
    """The lookup key (hex) and the Fernet key of a normalised code."""
    derived = hashlib.scrypt(code.encode(), salt=SALT, n=N, r=R, p=P, maxmem=64 * 1024 * 1024, dklen=64)
    return hashlib.sha256(derived[:32]).hexdigest(), base64.urlsafe_b64encode(derived[32:])
