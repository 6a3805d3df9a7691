"""The staff password, kept only as a salted scrypt hash in memory.

    IRIS_STAFF_PASSWORD       the password itself; read once at start, hashed, then removed from
                              the process's environment
    IRIS_STAFF_PASSWORD_HASH  or its hash, as `make -s staff-password-hash` prints it:
                              scrypt:<n>:<r>:<p>:<salt>:<hash> (salt and hash in URL-safe base64)

With neither, the staff pages answer that staff access is off: never an open page.
`python -m bot.staff.password` reads a password on standard input and prints its hash.
"""

from __future__ import annotations

import base64
import binascii
import getpass
import hashlib
import hmac
import os
import secrets
import sys
from typing import MutableMapping

VARIABLE = "IRIS_STAFF_PASSWORD"
HASH_VARIABLE = "IRIS_STAFF_PASSWORD_HASH"
SCHEME = "scrypt"
# 16 MiB and some 50 ms a check: slow for a guesser, unnoticed at a login.
N, R, P = 2**14, 8, 1
SHORTEST = 12
# scrypt needs 128 * n * r bytes; OpenSSL refuses more than its default 32 MiB unless told.
MAX_MEMORY = 64 * 1024 * 1024


class PasswordSettingError(ValueError):
    """The password setting is wrong; the message is one line naming the variable."""


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, maxmem=MAX_MEMORY, dklen=32)


def hash_password(password: str, salt: bytes | None = None) -> str:
    """The encoded hash of a password, with a fresh random salt unless one is given."""
    salt = salt or secrets.token_bytes(16)
    return ":".join((SCHEME, str(N), str(R), str(P), _b64(salt), _b64(_scrypt(password, salt, N, R, P))))


class StaffPassword:
    """One encoded hash; `matches` compares in constant time."""

    def __init__(self, encoded: str) -> None:
        parts = encoded.strip().split(":")
        try:
            scheme, n, r, p, salt, digest = parts
            self._cost = int(n), int(r), int(p)
            self._salt, self._digest = _unb64(salt), _unb64(digest)
        except (ValueError, binascii.Error):
            raise PasswordSettingError(f"{HASH_VARIABLE}: not a hash made by 'make -s staff-password-hash'") from None
        n, r, p = self._cost
        if scheme != SCHEME or n < 2 or n & (n - 1) or not 0 < r * p < 64 or 128 * n * r > MAX_MEMORY \
                or len(self._salt) < 8 or len(self._digest) != 32:
            raise PasswordSettingError(f"{HASH_VARIABLE}: not a hash made by 'make -s staff-password-hash'")

    def matches(self, candidate: str) -> bool:
        return hmac.compare_digest(_scrypt(candidate, self._salt, *self._cost), self._digest)


def checked(password: str) -> str:
    if len(password) < SHORTEST:
        raise PasswordSettingError(f"{VARIABLE}: must be at least {SHORTEST} characters long")
    return password


def from_environment(environment: MutableMapping[str, str] | None = None) -> StaffPassword | None:
    """The staff password from the environment, or None when staff access is off. The password in
    clear leaves the environment here, so that nothing started later inherits it."""
    environment = os.environ if environment is None else environment
    plain = environment.pop(VARIABLE, None)
    encoded = environment.get(HASH_VARIABLE)
    if encoded:
        return StaffPassword(encoded)
    if plain:
        return StaffPassword(hash_password(checked(plain)))
    return None


def main() -> int:
    """Reads a password on standard input (without echo at a terminal), prints its hash."""
    if sys.stdin.isatty():
        password = getpass.getpass("Staff password: ", stream=sys.stderr)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        print(hash_password(checked(password)))
    except PasswordSettingError as error:
        sys.stderr.write(f"{error}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
