"""The observatory's stores for tests, on the databases every store's tests use (a SQLite file,
and a real PostgreSQL: tests/actions/store_fixtures.py). No mocks."""

from __future__ import annotations

import pytest

from actions.observatory import store as store_module
from actions.observatory.store import Store
from tests.actions.store_fixtures import database_url, default_store_at, postgres_server  # noqa: F401 - fixtures


@pytest.fixture
def store(database_url) -> Store:  # noqa: F811 - the fixture imported above
    opened = Store(database_url)
    yield opened
    opened.engine.dispose()


@pytest.fixture
def bot_store(database_url, monkeypatch) -> Store:  # noqa: F811 - the fixture imported above
    """The store the action server writes to during a test conversation (IRIS_STATS_DB)."""
    with default_store_at(store_module, "IRIS_STATS_DB", database_url, monkeypatch) as opened:
        yield opened
