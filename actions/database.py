"""Opening a store's database the same way everywhere: a SQLite file (its folder made, WAL so
that a reader never waits for a writer, a busy writer waited for) or PostgreSQL by URL, and its
schema brought up to date by its own Alembic migrations, on an open connection so that no URL,
and no password in it, is written to a config file."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event


def open_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine, migrations: Path, revision: str = "head", *, down: bool = False) -> None:
    """Brings the schema up to `revision` (or down to it) with the migrations in `migrations`."""
    config = Config()
    config.set_main_option("script_location", str(migrations))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
