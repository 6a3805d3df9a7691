"""The follow-up's stores for tests: the databases every store's tests use (a SQLite file, and a
real PostgreSQL started for the session, tests/actions/store_fixtures.py), the follow-up's
table beside the observatory's in the same database, and a Fernet key of the test's own."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from actions.followup import store as followup_module
from tests.actions.observatory.conftest import bot_store  # noqa: F401 - a fixture
from tests.actions.store_fixtures import database_url, default_store_at, postgres_server  # noqa: F401 - fixtures


@pytest.fixture
def key(monkeypatch) -> str:
    value = Fernet.generate_key().decode()
    monkeypatch.setenv("IRIS_FOLLOWUP_KEY", value)
    return value


@pytest.fixture
def followups(database_url, bot_store, monkeypatch, key):  # noqa: F811 - fixtures imported above
    """The follow-up store the actions write to (IRIS_FOLLOWUP_DB), in the observatory's database."""
    with default_store_at(followup_module, "IRIS_FOLLOWUP_DB", database_url, monkeypatch) as opened:
        yield opened
