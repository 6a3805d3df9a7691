"""Where the handoff codes live: a SQLite file by default, PostgreSQL by URL.

    IRIS_HANDOFF_DB   a SQLAlchemy URL (postgresql+psycopg://user@host/db); default
                      sqlite:///.cache/handoff.db

The action server writes a code (`give`); the web server opens it (`open`), each through its own
Store on the same database. A code lives 7 days and opens twice; what is expired or used up is
deleted at every opening, at every code given, and by the web server's timer (`purge`). The
schema is Alembic's (migrations/), brought up to date when a store opens.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import delete, select, update

# WAL, and a busy writer waited for (actions/database.py): the web server reads while the action
# server writes.
from actions.database import MigratedStore
from actions.handoff_code.code import keys, new_code, normalised
from actions.handoff_code.tables import codes, openings

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_URL = f"sqlite:///{ROOT / '.cache' / 'handoff.db'}"
LIFETIME_SECONDS = 7 * 24 * 3600
MOST_VIEWS = 2
# The log of openings holds no content; it is kept a year, for the yearly report on access.
OPENINGS_KEPT_SECONDS = 366 * 24 * 3600


@dataclass(frozen=True)
class Given:
    code: str        # to tell the person, never kept
    lookup: str      # the row's key, for "effacer" to delete it
    expires_at: int  # Unix seconds


@dataclass(frozen=True)
class Opening:
    outcome: str                      # shown, expired, unknown or used_up (tables.OUTCOMES)
    dossier: dict[str, Any] | None = None
    language: str | None = None
    views_left: int = 0


def url_from_environment() -> str:
    return os.environ.get("IRIS_HANDOFF_DB") or DEFAULT_URL


class Store(MigratedStore):
    MIGRATIONS = Path(__file__).resolve().parent / "migrations"
    VERSION_TABLE = "alembic_version_handoff"

    def __init__(self, url: str, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        super().__init__(url)

    def give(self, dossier: dict[str, Any], language: str) -> Given:
        """Keeps a dossier under a new code."""
        now = int(self.clock())
        self.purge()
        while True:
            code = new_code()
            lookup, key = keys(code)
            with self.engine.begin() as connection:
                if connection.execute(select(codes.c.lookup).where(codes.c.lookup == lookup)).first():
                    continue  # a code alive already: one in tens of millions, draw again
                sealed = Fernet(key).encrypt(json.dumps(dossier, ensure_ascii=False).encode())
                connection.execute(codes.insert().values(lookup=lookup, created_at=now,
                                                         expires_at=now + LIFETIME_SECONDS, views=0,
                                                         language=language, dossier=sealed))
            return Given(code, lookup, now + LIFETIME_SECONDS)

    def open(self, typed: str) -> Opening:
        """What a code as typed opens now; every attempt is logged with its outcome only."""
        now = int(self.clock())
        code = normalised(typed)
        lookup, key = keys(code) if code else (None, b"")
        opening = Opening("unknown")
        with self.engine.begin() as connection:
            row = connection.execute(select(codes).where(codes.c.lookup == lookup)).mappings().first() \
                if lookup else None
            if row is not None and row["expires_at"] <= now:
                opening = Opening("expired")
                connection.execute(delete(codes).where(codes.c.lookup == lookup))
            elif row is not None:
                # One statement checks and counts, so two openings at once cannot both be the second.
                counted = connection.execute(update(codes).where(codes.c.lookup == lookup, codes.c.views < MOST_VIEWS)
                                             .values(views=codes.c.views + 1)).rowcount
                opening = self._shown(connection, lookup, key, row) if counted else Opening("used_up")
            connection.execute(openings.insert().values(at=now, outcome=opening.outcome))
        logger.info("handoff: a code was tried (%s)", opening.outcome)
        self.purge()
        return opening

    def _shown(self, connection, lookup: str, key: bytes, row) -> Opening:
        views = row["views"] + 1
        try:
            dossier = json.loads(Fernet(key).decrypt(row["dossier"]))
        except (InvalidToken, TypeError, ValueError):
            return Opening("unknown")
        if views >= MOST_VIEWS:
            # Opened for the last time: the dossier goes now, the row stays to say "used up".
            connection.execute(update(codes).where(codes.c.lookup == lookup).values(dossier=None))
        return Opening("shown", dossier, row["language"], MOST_VIEWS - views)

    def forget(self, lookup: str) -> None:
        """Deletes a code's row at once (the person deleted their data)."""
        with self.engine.begin() as connection:
            connection.execute(delete(codes).where(codes.c.lookup == lookup))

    def purge(self) -> int:
        """Deletes the codes past their 7 days, and the log of openings older than a year."""
        now = int(self.clock())
        with self.engine.begin() as connection:
            gone = connection.execute(delete(codes).where(codes.c.expires_at <= now)).rowcount
            connection.execute(delete(openings).where(openings.c.at < now - OPENINGS_KEPT_SECONDS))
        return gone


@lru_cache(maxsize=None)
def open_store(url: str) -> Store:
    return Store(url)


def default_store() -> Store:
    return open_store(url_from_environment())
