"""Opening a store's database the same way everywhere: a SQLite file (its folder made, WAL so
that a reader never waits for a writer, a busy writer waited for) or PostgreSQL by URL, and its
schema brought up to date by its own Alembic migrations, on an open connection so that no URL,
and no password in it, is written to a config file.

Each store keeps Alembic's record of its revision in a version table of its own, so that the
observatory, the handoff codes and the follow-up may share one PostgreSQL database."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

# Alembic's own name, kept by the observatory, the first store, so its databases need no change.
DEFAULT_VERSION_TABLE = "alembic_version"


def open_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine, migrations: Path, version_table: str, revision: str = "head", *,
            down: bool = False) -> None:
    """Brings the schema up to `revision` (or down to it) with the migrations in `migrations`,
    whose env.py calls run_migrations()."""
    config = Config()
    config.set_main_option("script_location", str(migrations))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        config.attributes["version_table"] = version_table
        (command.downgrade if down else command.upgrade)(config, revision)


def run_migrations() -> None:
    """The whole of every store's migrations/env.py: runs on the connection and with the version
    table that migrate() handed over."""
    from alembic import context  # filled in by Alembic only while it runs an env.py

    attributes = context.config.attributes
    # SQLite alters a table by copying it: batch mode does that where a migration needs it.
    context.configure(connection=attributes["connection"], render_as_batch=True,
                      version_table=attributes["version_table"])
    with context.begin_transaction():
        context.run_migrations()


class MigratedStore:
    """A store's engine, its schema brought up to date when it opens. A store names its
    migrations folder and its version table."""

    MIGRATIONS: Path
    VERSION_TABLE: str

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = open_engine(url)
        self.migrate()

    def migrate(self, revision: str = "head", *, down: bool = False) -> None:
        """Brings the schema up to `revision` (or down to it)."""
        migrate(self.engine, self.MIGRATIONS, self.VERSION_TABLE, revision, down=down)


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
