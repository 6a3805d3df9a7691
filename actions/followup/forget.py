"""Deleting a conversation's follow-up at STOP, from the Rasa server's SMS channel.

The Rasa server has SQLAlchemy 1.4 and psycopg2, the action server SQLAlchemy 2.0 and psycopg 3:
one DELETE written so that both run it, and the driver of the URL swapped where it is absent.
A store never created (nobody said yes yet) has nothing to delete.
"""

from __future__ import annotations

import datetime
import importlib.util
import logging
import os
from dataclasses import dataclass
from typing import Mapping, Optional

from actions.followup.key import lookup, usable_key
from actions.followup.settings import url_from_environment

logger = logging.getLogger(__name__)


def _url(environ: Mapping[str, str]) -> str:
    url = url_from_environment(environ)
    if url.startswith("postgresql+psycopg:") and importlib.util.find_spec("psycopg") is None:
        return "postgresql+psycopg2:" + url.removeprefix("postgresql+psycopg:")
    return url


@dataclass(frozen=True)
class Stopped:
    """A follow-up that STOP ended while its day-14 questions were out: the reply says what went."""
    language: str
    summary_kept: bool   # the person agreed to the anonymous summary, which stays


def _delete(sender_id: str, environ: Mapping[str, str]) -> list:
    """Deletes the follow-up rows of `sender_id`; returns them (language, record, sent_on, delete_on)."""
    key = usable_key(environ)
    if key is None:
        return []
    from sqlalchemy import create_engine, inspect, text  # both environments have it; not at import

    engine = create_engine(_url(environ))
    found = {"lookup": lookup(sender_id, key)}
    try:
        with engine.begin() as connection:
            if not inspect(connection).has_table("followups"):
                return []
            rows = connection.execute(text("SELECT language, record, sent_on, delete_on FROM followups "
                                           "WHERE lookup = :lookup"), found).all()
            connection.execute(text("DELETE FROM followups WHERE lookup = :lookup"), found)
            return rows
    except Exception as error:  # noqa: BLE001 - the goodbye is sent anyway; the log says why
        logger.error("The follow-up could not be deleted at STOP (%s).", type(error).__name__)
        return []
    finally:
        engine.dispose()


def forget_followup(sender_id: str, environ: Mapping[str, str] = os.environ) -> int:
    """Deletes the follow-up of `sender_id`; returns how many rows went (0 without a key)."""
    return len(_delete(sender_id, environ))


def stop_followup(sender_id: str, environ: Mapping[str, str] = os.environ,
                  today: Optional[datetime.date] = None) -> Optional[Stopped]:
    """Deletes the follow-up of `sender_id`; when its questions were out (sent, not past its
    deletion day, as Store.sent_to reads it), what the STOP reply needs; else None."""
    day = (today or datetime.date.today()).isoformat()
    for row in _delete(sender_id, environ):
        # SQLite gives the dates as ISO text, PostgreSQL as dates: compared as ISO text.
        if row.sent_on is not None and str(row.delete_on) > day:
            return Stopped(row.language, summary_kept=bool(row.record))
    return None
