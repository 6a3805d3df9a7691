"""The CPAS / OCMW of each Brussels commune, and the communes behind a postal code.

Data: `communes.csv` (a copy of the shared reference `brussels-communes.csv` with a `commune_id`
column holding the contract's commune ids; one row per postal code). Which communes a postal code
belongs to, shared codes included (reference section 17), is the lexicon's
(nlu/lexicon/postal_codes.csv): the NLU reads the same file.

A cell that the reference marks NOT FOUND is never filled in: `office_for` returns `None` for that
field and names it in `not_found`, so that the bot tells the person to check with the office. The
UNVERIFIED candidates of the reference (section 17) are deliberately not in the data.

Nothing is read at import time; the files are read once, on first use.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from nlu.lexicon import data as lexicon

DATA_DIR = Path(__file__).resolve().parent
COMMUNES_FILE = DATA_DIR / "communes.csv"
SHARED_POSTAL_CODES_FILE = lexicon.POSTAL_CODES_FILE

#: The contract's commune ids (CONTRACT.md, section 1), `outside_brussels` apart.
BRUSSELS_COMMUNE_IDS = (
    "anderlecht", "auderghem", "berchem_sainte_agathe", "bruxelles", "etterbeek", "evere",
    "forest", "ganshoren", "ixelles", "jette", "koekelberg", "molenbeek", "saint_gilles",
    "saint_josse", "schaerbeek", "uccle", "watermael_boitsfort", "woluwe_saint_lambert",
    "woluwe_saint_pierre",
)
OUTSIDE_BRUSSELS = "outside_brussels"
COMMUNE_IDS = BRUSSELS_COMMUNE_IDS + (OUTSIDE_BRUSSELS,)

#: The marker the reference uses for a fact it could not confirm.
NOT_FOUND = "NOT FOUND"
#: Contact fields that may be NOT FOUND; each one is `None` in `office_for`'s answer when it is.
CONTACT_FIELDS = ("address", "phone", "website")
#: Code given when a commune has no CPAS/OCMW in this directory.
NO_OFFICE_OUTSIDE_BRUSSELS = "outside_brussels"

COMMUNES_COLUMNS = (
    "commune_id", "postal_code", "commune_fr", "commune_nl", "cpas_name_fr", "ocmw_name_nl",
    "address", "phone", "website", "source",
)
SHARED_COLUMNS = ("postal_code", "commune_id", "source")

# Brussels postal codes run from 1000 to 1299 (the special codes of institutions included).
_BRUSSELS_POSTAL_RANGE = range(1000, 1300)
_POSTAL_CODE = re.compile(r"^[1-9][0-9]{3}$")
# Fields that must be the same on every row of one commune (its office).
_OFFICE_COLUMNS = ("cpas_name_fr", "ocmw_name_nl", "website")


class DirectoryDataError(ValueError):
    """A data file of the directory is missing or malformed; the message is one line."""


class UnknownCommuneError(KeyError):
    """The commune id is not one of the contract's."""

    def __str__(self) -> str:  # KeyError would print the quoted repr
        return self.args[0] if self.args else ""


# --- loading ------------------------------------------------------------------------------------

def _read_rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with their line numbers; one clear error line when the file is bad."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            header = reader.fieldnames or []
            missing = [c for c in columns if c not in header]
            if missing:
                raise DirectoryDataError(f"{path.name}: missing column(s) {', '.join(missing)}")
            rows = []
            for row in reader:
                line = reader.line_num
                if None in row or any(v is None for v in row.values()):
                    raise DirectoryDataError(f"{path.name} line {line}: wrong number of cells")
                rows.append((line, {k: v.strip() for k, v in row.items()}))
    except FileNotFoundError:
        raise DirectoryDataError(f"{path}: file not found") from None
    except UnicodeDecodeError:
        raise DirectoryDataError(f"{path.name}: not UTF-8 text") from None
    except csv.Error as exc:
        raise DirectoryDataError(f"{path.name}: not a valid CSV file ({exc})") from None
    if not rows:
        raise DirectoryDataError(f"{path.name}: no data rows")
    return rows


def _check_postal_code(path: Path, line: int, code: str) -> None:
    if not _POSTAL_CODE.match(code):
        raise DirectoryDataError(f"{path.name} line {line}: postal_code {code!r} is not a 4-digit code")


def _check_filled(path: Path, line: int, row: dict[str, str], columns: tuple[str, ...]) -> None:
    """Every column holds a value: a fact, or NOT FOUND where no source gives it."""
    for column in columns:
        if not row[column]:
            raise DirectoryDataError(f"{path.name} line {line}: {column} is empty (write the value or {NOT_FOUND})")


def _check_commune_id(path: Path, line: int, commune_id: str, allowed: tuple[str, ...]) -> None:
    if commune_id not in allowed:
        raise DirectoryDataError(
            f"{path.name} line {line}: commune_id {commune_id!r} is not a Brussels commune id of the contract")


def load_communes(path: Path = COMMUNES_FILE) -> list[dict[str, str]]:
    """Read and check the communes file; raise DirectoryDataError (one line) if it is bad."""
    rows = _read_rows(path, COMMUNES_COLUMNS)
    seen_codes: dict[str, int] = {}
    first_row_of: dict[str, dict[str, str]] = {}
    for line, row in rows:
        _check_commune_id(path, line, row["commune_id"], BRUSSELS_COMMUNE_IDS)
        _check_postal_code(path, line, row["postal_code"])
        if row["postal_code"] in seen_codes:
            raise DirectoryDataError(
                f"{path.name} line {line}: postal_code {row['postal_code']} already on line {seen_codes[row['postal_code']]}")
        seen_codes[row["postal_code"]] = line
        _check_filled(path, line, row, COMMUNES_COLUMNS)
        website = row["website"]
        if not website.startswith(NOT_FOUND) and not website.startswith("https://"):
            raise DirectoryDataError(
                f"{path.name} line {line}: website {website!r} is neither an https:// address nor {NOT_FOUND}")
        first = first_row_of.setdefault(row["commune_id"], row)
        for column in _OFFICE_COLUMNS:
            if row[column] != first[column]:
                raise DirectoryDataError(
                    f"{path.name} line {line}: {column} differs from the first row of {row['commune_id']}")
    absent = [c for c in BRUSSELS_COMMUNE_IDS if c not in first_row_of]
    if absent:
        raise DirectoryDataError(f"{path.name}: no row for commune(s) {', '.join(absent)}")
    return [row for _, row in rows]


def load_shared_postal_codes(path: Path = SHARED_POSTAL_CODES_FILE) -> list[dict[str, str]]:
    """The postal codes that a commune shares with another one: a row (postal_code, commune_id,
    source) for each commune a shared code may also belong to besides its own. Read from a postal
    codes file of the lexicon; raise DirectoryDataError (one line) if it is bad."""
    try:
        codes = lexicon.read_postal_codes(path)
    except lexicon.LexiconDataError as error:
        raise DirectoryDataError(str(error)) from None
    return [
        {"postal_code": code.code, "commune_id": commune, "source": code.source}
        for code in codes.values() if code.shared
        for commune in code.communes[1:]
    ]


@functools.lru_cache(maxsize=1)
def _directory() -> tuple[dict[str, list[dict[str, str]]], dict[str, tuple[str, ...]]]:
    """(rows by commune id, commune ids by postal code), read once."""
    by_commune: dict[str, list[dict[str, str]]] = {}
    for row in load_communes():
        by_commune.setdefault(row["commune_id"], []).append(row)
    try:
        codes = lexicon.postal_codes()
    except lexicon.LexiconDataError as error:
        raise DirectoryDataError(str(error)) from None
    by_code = {code: entry.communes for code, entry in codes.items()}
    for commune_id, rows in by_commune.items():
        for row in rows:
            if by_code.get(row["postal_code"], ())[:1] != (commune_id,):
                raise DirectoryDataError(
                    f"{COMMUNES_FILE.name}: postal_code {row['postal_code']} of {commune_id} is not "
                    f"that commune's code in {lexicon.POSTAL_CODES_FILE.name}")
    return by_commune, by_code


# --- cells --------------------------------------------------------------------------------------

def _split_note(cell: str) -> tuple[str | None, str | None]:
    """('Rue Haute 296, 1000 Bruxelles', 'accueil central') from 'Rue Haute 296, 1000 Bruxelles
    (accueil central)'; (None, note) when the cell is NOT FOUND. The note is the reference's own
    wording, for the team, not for the person."""
    if cell.startswith(NOT_FOUND):
        note = cell[len(NOT_FOUND):].strip()
        if note.startswith("(") and note.endswith(")"):
            note = note[1:-1].strip()
        return None, note or None
    for separator in (" (", " ; "):
        head, found, tail = cell.partition(separator)
        if found:
            # drop the parenthesis that closes the note: "... (accueil central); 2nd-line ..."
            note = tail.replace(")", "", 1) if separator == " (" else tail
            return head.strip(), note.strip() or None
    return cell, None


def _international_phone(phone: str | None) -> str | None:
    """'+3225294120' from '02 529 41 20' (for tel: links); None if it is not a Belgian number."""
    if phone is None:
        return None
    digits = re.sub(r"[\s./-]", "", phone)
    if re.fullmatch(r"0[1-9][0-9]{7,8}", digits):
        return "+32" + digits[1:]
    return None


def _main_row(rows: list[dict[str, str]]) -> dict[str, str]:
    """The row of the commune's main postal code (the lowest; 1000 for Bruxelles-Ville)."""
    return min(rows, key=lambda r: r["postal_code"])


# --- public API ---------------------------------------------------------------------------------

def office_for(commune_id: str) -> dict:
    """The CPAS / OCMW competent for a commune, as plain data (names in fr and nl, contact, source).

    Fields the reference marks NOT FOUND are `None` and listed in `not_found`: the bot then says to
    check with the office. `outside_brussels` has no office in this directory: `has_office` is False
    and `no_office_reason` says why. An id that is not the contract's raises UnknownCommuneError.
    """
    if commune_id == OUTSIDE_BRUSSELS:
        return {
            "commune_id": commune_id,
            "has_office": False,
            "no_office_reason": NO_OFFICE_OUTSIDE_BRUSSELS,
            "commune": None,
            "name": None,
            "postal_codes": [],
            "address": None,
            "address_note": None,
            "phone": None,
            "phone_international": None,
            "phone_note": None,
            "website": None,
            "not_found": [],
            "source": None,
        }
    if commune_id not in BRUSSELS_COMMUNE_IDS:
        raise UnknownCommuneError(f"unknown commune id {commune_id!r}; expected one of {', '.join(COMMUNE_IDS)}")
    rows = _directory()[0][commune_id]
    row = _main_row(rows)
    address, address_note = _split_note(row["address"])
    phone, phone_note = _split_note(row["phone"])
    website, _ = _split_note(row["website"])
    found = {"address": address, "phone": phone, "website": website}
    return {
        "commune_id": commune_id,
        "has_office": True,
        "no_office_reason": None,
        "commune": {"fr": row["commune_fr"], "nl": row["commune_nl"]},
        "name": {"fr": row["cpas_name_fr"], "nl": row["ocmw_name_nl"]},
        "postal_codes": sorted(r["postal_code"] for r in rows),
        "address": address,
        "address_note": address_note,
        "phone": phone,
        "phone_international": _international_phone(phone),
        "phone_note": phone_note,
        "website": website,
        "not_found": [field for field in CONTACT_FIELDS if found[field] is None],
        "source": row["source"],
    }


def communes_for_postal_code(code: str | int) -> list[str]:
    """The contract commune ids a postal code may belong to.

    - A code of one Brussels commune: that commune (e.g. '1070' -> ['anderlecht']).
    - A shared code: every candidate, the commune that owns the code first, so the bot can ask
      ('1040' -> ['etterbeek', 'bruxelles'], '1050' -> ['ixelles', 'bruxelles']).
    - A Belgian code outside the Brussels range 1000-1299: ['outside_brussels'].
    - A Brussels-range code that is in no commune's list (an institution's code): [] (ask the commune).
    Something that is not a 4-digit postal code raises ValueError.
    """
    text = str(code).strip()
    if not _POSTAL_CODE.match(text):
        raise ValueError(f"postal code {code!r} is not a 4-digit Belgian postal code")
    candidates = _directory()[1].get(text)
    if candidates:
        return list(candidates)
    if int(text) in _BRUSSELS_POSTAL_RANGE:
        return []
    return [OUTSIDE_BRUSSELS]
