"""The observatory's stores for tests: a SQLite file in a temporary folder, and a real PostgreSQL
started once for the session on a free port in a temporary folder (actions/observatory/
local_postgres.py; `make postgres` installs Debian's server), stopped after. No mocks."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text

from actions.observatory import store as store_module
from actions.observatory.local_postgres import running_postgres
from actions.observatory.store import Store


@pytest.fixture(scope="session")
def postgres_server():
    with running_postgres() as url:
        yield url


def _fresh_postgres_database(server_url: str) -> str:
    """A database of its own for one test, on the session's server."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return server_url.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'observatory.db'}"
    return _fresh_postgres_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def store(database_url) -> Store:
    opened = Store(database_url)
    yield opened
    opened.engine.dispose()


@pytest.fixture
def bot_store(database_url, monkeypatch) -> Store:
    """The store the action server writes to during a test conversation (IRIS_STATS_DB)."""
    monkeypatch.setenv("IRIS_STATS_DB", database_url)
    store_module.open_store.cache_clear()
    yield store_module.default_store()
    store_module.default_store().engine.dispose()
    store_module.open_store.cache_clear()
