"""Opening hours of the offices, where a source gives them (`hours.csv`, one row an office, each
with its source). Most offices have none in the reference: the plan of visits then says nothing
of hours rather than guess. An office's id is the one of the plan of visits: `cpas_<commune_id>`
for a CPAS/OCMW, the body id of bodies.csv otherwise.

`kind` says what the hours are for: `visit` (the office's reception) or `phone` (its phone
line). `days` is empty when the source gives the hours but not the days.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from babel.dates import get_day_names

from actions.directory.offices import DirectoryDataError
from actions.i18n import say
from actions.screening.vocabulary import N_

HOURS_FILE = Path(__file__).resolve().parent / "hours.csv"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LOCALES = {"fr": "fr_BE", "nl": "nl_BE"}
KINDS = {"visit": N_("Opening hours: {hours}."), "phone": N_("Phone hours: {hours}.")}


@functools.lru_cache(maxsize=1)
def _hours() -> dict[str, dict[str, str]]:
    with HOURS_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for line, row in enumerate(rows, start=2):
        if row["kind"] not in KINDS or not row["source"]:
            raise DirectoryDataError(f"{HOURS_FILE.name} line {line}: kind must be visit or phone, with a source")
        if any(day not in DAYS for day in row["days"].split()):
            raise DirectoryDataError(f"{HOURS_FILE.name} line {line}: days are written {' '.join(DAYS)}")
    return {row["office_id"]: row for row in rows}


def _time(text: str) -> str:
    hours, minutes = text.split(":")
    return f"{int(hours)}:{minutes}" if minutes != "00" else f"{int(hours)}:00"


def hours_line(office_id: str, language: str) -> str | None:
    """"Opening hours: Monday, Tuesday, from 9:00 to 11:00." or None when no source gives them."""
    row = _hours().get(office_id)
    if row is None:
        return None
    names = get_day_names("wide", locale=LOCALES[language])
    days = [names[DAYS.index(day)] for day in row["days"].split()]
    spans = [say(language, "from {start} to {end}", start=_time(start), end=_time(end))
             for start, end in (span.split("-") for span in row["times"].split())]
    template = KINDS[row["kind"]]
    return say(language, template, hours=", ".join(days + spans))
