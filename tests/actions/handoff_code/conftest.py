"""The handoff store for tests, on the databases every store's tests use (a SQLite file, and a
real PostgreSQL: tests/actions/store_fixtures.py), with a clock the test moves. No mocks."""

from __future__ import annotations

import pytest

from actions.handoff_code import store as store_module
from actions.handoff_code.store import Store
from tests.actions.store_fixtures import database_url, default_store_at, postgres_server  # noqa: F401 - fixtures

START = 1_796_000_000.0  # 2026-12-01, in Unix seconds


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now

    def days(self, count: float) -> None:
        self.now += count * 24 * 3600


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(database_url, clock) -> Store:
    opened = Store(database_url, clock=clock)
    yield opened
    opened.engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'handoff.db'}"


@pytest.fixture
def bot_store(sqlite_url, monkeypatch) -> Store:
    """The store the action server writes to during a test conversation (IRIS_HANDOFF_DB)."""
    with default_store_at(store_module, "IRIS_HANDOFF_DB", sqlite_url, monkeypatch) as opened:
        yield opened
