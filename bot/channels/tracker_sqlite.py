"""The SQLite tracker store keeps its connection and writes each turn to a write-ahead log.

Rasa's SQL tracker store opens a new SQLite connection for each load and each save of a turn
(SQLAlchemy 1.4 gives SQLite files no pool), and with SQLite's default journal each commit waits
for the disk twice, on Rasa's single event loop: every turn waits behind it. Profiled with 100
people at once (py-spy on the Rasa server, 2026-12-03), the commit alone was 14 % of the server's
time; with a write-ahead log alone, closing the last connection (which checkpoints the log into
the database and waits for the disk) took another 12 %. So the store keeps one connection per
thread (SQLAlchemy's SingletonThreadPool: a thread never sees another's connection), in WAL mode
with synchronous=NORMAL: a commit appends to the log, and the disk is waited for at checkpoints
only. A crash of Rasa loses nothing; a power cut may lose the last turns, which the person then
types again.

PostgreSQL (`make run-cluster`) is left as it is. Installed with the REST channel, which every
Rasa server of Iris loads.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import sqlalchemy
from rasa.core.tracker_store import SQLTrackerStore
from sqlalchemy import event
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import SingletonThreadPool

_original_init = SQLTrackerStore.__init__


def tune(connection: Any, _record: Any = None) -> None:
    """Once per connection: a write-ahead log (kept in the file), synchronous=NORMAL and
    secure_delete (not kept): deleted rows are overwritten, not left in free pages."""
    if isinstance(connection, sqlite3.Connection):
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()


def scrub(store: SQLTrackerStore) -> None:
    """After a deletion ("effacer", the retention): the write-ahead log still holds the pages as
    they were before it. Checkpointing with TRUNCATE writes the overwritten pages back into the
    database and empties the log, so the deleted conversation is in neither file."""
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _init(self: SQLTrackerStore, *args: Any, **kwargs: Any) -> None:
    _original_init(self, *args, **kwargs)  # creates the tables, through a connection it closes
    if self.engine.dialect.name == "sqlite" and self.engine.url.database not in (None, "", ":memory:"):
        opened_per_session = self.engine
        self.engine = sqlalchemy.create_engine(opened_per_session.url, poolclass=SingletonThreadPool)
        event.listen(self.engine, "connect", tune)
        self.sessionmaker = sessionmaker(bind=self.engine)
        opened_per_session.dispose()


def install() -> None:
    SQLTrackerStore.__init__ = _init
