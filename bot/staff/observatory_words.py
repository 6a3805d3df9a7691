"""The words and number formats of the observatory dashboard, in French or Dutch.

Sentences come from the catalogs (`say`); commune names from the directory's data
(actions/directory/communes.csv), as proper names; right names from the words the plan of visits
uses (actions/screening/vocabulary.py).
"""

from __future__ import annotations

import datetime
from functools import lru_cache

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from actions.directory.offices import load_communes
from actions.i18n import say
from actions.observatory.small_cells import SMALL
from actions.screening.plan_text import short_name
from actions.screening.vocabulary import N_

# The page's path in each language; each links to the other.
PATHS = {"fr": "/observatoire", "nl": "/observatorium"}
LOCALES = {"fr": "fr_BE", "nl": "nl_BE"}

OTHER_PLACES = {
    "outside_brussels": N_("Outside Brussels"),
    "unknown": N_("Commune not given"),
}
REASON_NAMES = {
    "not_known": N_("Did not know it"),
    "not_asked": N_("Knew it, did not ask"),
    "not_received": N_("Asked, did not get it"),
}
OUTCOME_NAMES = {
    "received": N_("Granted after the request"),
    "waiting": N_("Still waiting for an answer"),
    "refused": N_("Refused after the request"),
}


@lru_cache(maxsize=None)
def _commune_names() -> dict[tuple[str, str], str]:
    """(commune id, language) -> name; "Bruxelles (Ville de Bruxelles)" is "Bruxelles" here."""
    names: dict[tuple[str, str], str] = {}
    for row in load_communes():
        for language in PATHS:
            names.setdefault((row["commune_id"], language), row[f"commune_{language}"].split(" (", 1)[0])
    return names


def commune_name(commune: str, language: str) -> str:
    if commune in OTHER_PLACES:
        return say(language, OTHER_PLACES[commune])
    return _commune_names().get((commune, language), commune)


def right_name(right: str, language: str) -> str:
    return short_name(right, language)


def reason_name(reason: str, language: str) -> str:
    return say(language, REASON_NAMES[reason])


def outcome_name(outcome: str, language: str) -> str:
    return say(language, OUTCOME_NAMES[outcome])


def shown_count(cell: str, language: str) -> str:
    """A published count as the page writes it: "<10" stays, an empty cell is a dash."""
    if cell == SMALL or not cell:
        return cell or "–"
    return format_decimal(int(cell), locale=LOCALES[language])


def shown_share(cell: str, language: str) -> str:
    """A published rate or share (0.342) as a percentage ("34 %"); empty is a dash."""
    if not cell:
        return "–"
    return format_percent(float(cell), locale=LOCALES[language])


def month_name(month: str, language: str) -> str:
    """"2026-03" as "mars 2026" / "maart 2026"."""
    year, number = (int(part) for part in month.split("-"))
    return format_date(datetime.date(year, number, 1), "MMMM y", locale=LOCALES[language])
