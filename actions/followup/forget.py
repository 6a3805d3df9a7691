"""Deleting a conversation's follow-up at STOP, from the Rasa server's SMS channel.

The Rasa server has SQLAlchemy 1.4 and psycopg2, the action server SQLAlchemy 2.0 and psycopg 3:
one DELETE written so that both run it, and the driver of the URL swapped where it is absent.
A store never created (nobody said yes yet) has nothing to delete.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from typing import Mapping

from actions.followup.key import lookup, usable_key
from actions.followup.settings import url_from_environment

logger = logging.getLogger(__name__)


def _url(environ: Mapping[str, str]) -> str:
    url = url_from_environment(environ)
    if url.startswith("postgresql+psycopg:") and importlib.util.find_spec("psycopg") is None:
        return "postgresql+psycopg2:" + url.removeprefix("postgresql+psycopg:")
    return url


def forget_followup(sender_id: str, environ: Mapping[str, str] = os.environ) -> int:
    """Deletes the follow-up of `sender_id`; returns how many rows went (0 without a key)."""
    key = usable_key(environ)
    if key is None:
        return 0
    from sqlalchemy import create_engine, inspect, text  # both environments have it; not at import

    engine = create_engine(_url(environ))
    try:
        with engine.begin() as connection:
            if not inspect(connection).has_table("followups"):
                return 0
            return connection.execute(text("DELETE FROM followups WHERE lookup = :lookup"),
                                      {"lookup": lookup(sender_id, key)}).rowcount
    except Exception as error:  # noqa: BLE001 - the goodbye is sent anyway; the log says why
        logger.error("The follow-up could not be deleted at STOP (%s).", type(error).__name__)
        return 0
    finally:
        engine.dispose()
