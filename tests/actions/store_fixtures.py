"""The databases every store's tests use (the observatory's, the handoff codes', the follow-up's):
a SQLite file in a temporary folder, and a real PostgreSQL started once for the session on a free
port in a temporary folder (actions/observatory/local_postgres.py; `make postgres` installs
Debian's server), stopped after; and the store the running code opens from its variable. No mocks."""

from __future__ import annotations

import contextlib
import uuid
from types import ModuleType
from typing import Iterator

import pytest
from sqlalchemy import create_engine, text

from actions.observatory.local_postgres import running_postgres


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
        return f"sqlite:///{tmp_path / 'store.db'}"
    return _fresh_postgres_database(request.getfixturevalue("postgres_server"))


@contextlib.contextmanager
def default_store_at(store_module: ModuleType, variable: str, url: str, monkeypatch) -> Iterator:
    """The store that `store_module.default_store()` opens, as the action server or the web server
    would, with `variable` naming `url`; forgotten after, so that the next test opens its own."""
    monkeypatch.setenv(variable, url)
    store_module.open_store.cache_clear()
    opened = store_module.default_store()
    try:
        yield opened
    finally:
        opened.engine.dispose()
        store_module.open_store.cache_clear()
