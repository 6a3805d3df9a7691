"""The stores' common opening (actions/database.py): the observatory, the handoff codes and the
follow-up share one database, SQLite or a real PostgreSQL, each with its own version table, so
that one store's migrations never move another's."""

from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from actions.followup.store import Store as FollowUps
from actions.handoff_code.store import Store as HandoffCodes
from actions.observatory.store import Store as Observatory
from tests.actions.store_fixtures import database_url, postgres_server  # noqa: F401 - fixtures


def head(store_class) -> str:
    """The store's latest migration, as its folder says."""
    config = Config()
    config.set_main_option("script_location", str(store_class.MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


VERSIONS = {store_class.VERSION_TABLE: head(store_class) for store_class in (Observatory, HandoffCodes, FollowUps)}


def versions(engine) -> dict[str, str]:
    with engine.connect() as connection:
        return {table: connection.execute(text(f"SELECT version_num FROM {table}")).scalar_one_or_none()
                for table in VERSIONS}


def test_three_stores_in_one_database_keep_each_its_own_version(database_url):  # noqa: F811 - the fixture
    stores = [Observatory(database_url), HandoffCodes(database_url), FollowUps(database_url)]
    try:
        assert versions(stores[0].engine) == VERSIONS
        assert {"screenings", "handoff_codes", "followups"} <= set(inspect(stores[0].engine).get_table_names())
        stores[1].migrate("base", down=True)   # the handoff codes' tables go, and only theirs
        assert versions(stores[0].engine) == {**VERSIONS, HandoffCodes.VERSION_TABLE: None}
        assert {"screenings", "followups"} <= set(inspect(stores[0].engine).get_table_names())
        assert "handoff_codes" not in inspect(stores[0].engine).get_table_names()
        HandoffCodes(database_url).engine.dispose()   # opening again brings them back
        assert versions(stores[0].engine) == VERSIONS
    finally:
        for store in stores:
            store.engine.dispose()


def test_a_sqlite_store_makes_its_folder_writes_ahead_and_waits_for_a_busy_writer(tmp_path):
    url = f"sqlite:///{tmp_path / 'new' / 'folder' / 'observatory.db'}"
    store = Observatory(url)
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
            assert connection.execute(text("PRAGMA busy_timeout")).scalar_one() == 5000
    finally:
        store.engine.dispose()
