"""Every sentence a person reads comes from the gettext catalogs in locales/ (compiled by `make`).

Message ids are English so that neither French nor Dutch is the "real" text; `say` and `say_for`
are the extraction keywords (see `make extract`). Placeholders use `{name}` and are filled after
translation, so translators can move them.
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from pathlib import Path

LOCALES = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"
LANGUAGES = ("fr", "nl")
DEFAULT_LANGUAGE = "fr"


class MissingCatalog(RuntimeError):
    """A compiled catalog is missing: `make catalogs` builds them from the .po files."""


@lru_cache(maxsize=None)
def catalog(language: str) -> gettext.GNUTranslations:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: expected one of {LANGUAGES}")
    try:
        return gettext.translation(DOMAIN, localedir=str(LOCALES), languages=[language])
    except FileNotFoundError as error:
        raise MissingCatalog(
            f"no compiled catalog for {language!r} in {LOCALES}: run 'make catalogs'"
        ) from error


def say(language: str, message: str, **values: object) -> str:
    """The message in the person's language, with its placeholders filled."""
    text = catalog(language).gettext(message)
    return text.format(**values) if values else text


def say_for(language: str, context: str, message: str, **values: object) -> str:
    """Like `say`, for a message that depends on a context (e.g. "volunteer" phrasing)."""
    text = catalog(language).pgettext(context, message)
    return text.format(**values) if values else text
