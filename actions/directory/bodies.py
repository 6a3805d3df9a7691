"""Where to claim the rights that are not claimed at the CPAS: family-allowance fund, Bruxelles
Logement, legal aid offices, Fonds social chauffage, study-grant services, STIB, the pensions
service. The phone numbers the conversation says come from here (actions/screening/vocabulary.py).

Data: `bodies.csv` (facts from the shared reference, each row with its source). The ids are the
`claim.office` codes of `actions/eligibility/rights/<right>.yaml`. As in `offices.py`, a cell the
reference marks NOT FOUND is `None` in the answer and named in `not_found`, so the bot tells the
person to check; nothing is read at import time.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from actions.directory.offices import (NOT_FOUND, DirectoryDataError, _check_filled, _international_phone, _read_rows,
                                      _split_note)

BODIES_FILE = Path(__file__).resolve().parent / "bodies.csv"
BODIES_COLUMNS = ("body_id", "name_fr", "name_nl", "address", "phone", "email", "website", "source")
CONTACT_FIELDS = ("address", "phone", "email", "website")

_BODY_ID = re.compile(r"^[a-z][a-z0-9_]*$")
# A web address: with its scheme, or a bare domain as the reference gives it (e.g. stib.brussels).
_WEBSITE = re.compile(r"^(https?://\S+|[a-z0-9.-]+\.[a-z]{2,}(/\S*)?)$")


class UnknownBodyError(KeyError):
    """The body id is not in bodies.csv."""

    def __str__(self) -> str:
        return self.args[0] if self.args else ""


def load_bodies(path: Path = BODIES_FILE) -> list[dict[str, str]]:
    """Read and check the bodies file; raise DirectoryDataError (one line) if it is bad."""
    rows = _read_rows(path, BODIES_COLUMNS)
    seen: dict[str, int] = {}
    for line, row in rows:
        body_id = row["body_id"]
        if not _BODY_ID.match(body_id):
            raise DirectoryDataError(f"{path.name} line {line}: body_id {body_id!r} is not a snake_case code")
        if body_id in seen:
            raise DirectoryDataError(f"{path.name} line {line}: body_id {body_id} already on line {seen[body_id]}")
        seen[body_id] = line
        _check_filled(path, line, row, BODIES_COLUMNS)
        website = row["website"]
        if not website.startswith(NOT_FOUND) and not _WEBSITE.match(website):
            raise DirectoryDataError(f"{path.name} line {line}: website {website!r} is not a web address")
        email = row["email"]
        if not email.startswith(NOT_FOUND) and "@" not in email:
            raise DirectoryDataError(f"{path.name} line {line}: email {email!r} is not an e-mail address")
    return [row for _, row in rows]


@functools.lru_cache(maxsize=1)
def _bodies() -> dict[str, dict[str, str]]:
    return {row["body_id"]: row for row in load_bodies()}


def body_ids() -> list[str]:
    """Every body id of the directory."""
    return list(_bodies())


def body_contact(body_id: str) -> dict:
    """The contact of a body, as plain data; NOT FOUND fields are None and listed in `not_found`."""
    try:
        row = _bodies()[body_id]
    except KeyError:
        raise UnknownBodyError(f"unknown body id {body_id!r}; expected one of {', '.join(_bodies())}") from None
    address, address_note = _split_note(row["address"])
    phone, phone_note = _split_note(row["phone"])
    email, _ = _split_note(row["email"])
    website, _ = _split_note(row["website"])
    found = {"address": address, "phone": phone, "email": email, "website": website}
    return {
        "body_id": body_id,
        "name": {"fr": row["name_fr"], "nl": row["name_nl"]},
        "address": address,
        "address_note": address_note,
        "phone": phone,
        "phone_international": _international_phone(phone),
        "phone_note": phone_note,
        "email": email,
        "website": website,
        "not_found": [field for field in CONTACT_FIELDS if found[field] is None],
        "source": row["source"],
    }
