"""A real web server (bot/web_server.py) on a free port in this process, with the staff pages on
and a known password; its Rasa address leads nowhere, as the staff pages never call Rasa."""

from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer

import pytest

from bot.staff.password import StaffPassword, hash_password
from bot.staff.routes import StaffAccess
from bot.web_server import handler_for
from tests.actions.store_fixtures import default_store_at
from tests.bot.staff.client import StaffClient

PASSWORD = "a long staff password"
# Hashed once for the session: scrypt is slow on purpose.
HASHED = hash_password(PASSWORD)


def serve(access: StaffAccess) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for("http://127.0.0.1:9", proxies=access.proxies,
                                                               staff=access))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def staff_access() -> StaffAccess:
    # 127.0.0.1 is the trusted proxy, so each test client can speak for an address of its own.
    return StaffAccess(StaffPassword(HASHED), frozenset({"127.0.0.1"}))


@pytest.fixture
def staff_port(staff_access) -> int:
    server = serve(staff_access)
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.fixture
def client(staff_port) -> StaffClient:
    return StaffClient(staff_port)


@pytest.fixture
def logged_in(client) -> StaffClient:
    assert client.log_in(PASSWORD).status == 303
    return client


@pytest.fixture
def handoff_store(tmp_path, monkeypatch):
    """The handoff database the web server's /dossier reads (IRIS_HANDOFF_DB), a SQLite file."""
    from actions.handoff_code import store as store_module

    url = f"sqlite:///{tmp_path / 'handoff.db'}"
    with default_store_at(store_module, "IRIS_HANDOFF_DB", url, monkeypatch) as opened:
        yield opened


@pytest.fixture(scope="session")
def dossier() -> dict:
    """What a code opens after the screening of a single parent in Schaerbeek (the real engine)."""
    from actions.handoff_code.dossier import build

    slots = {"commune": "schaerbeek", "age": 34, "living_with": "alone", "children": 2, "children_ages": [4, 9],
             "monthly_income": 900, "income_sources": ["work"], "benefits": [], "residence_status": "belgian",
             "health_insurance": True, "housing": "private_rent", "social_housing_candidate": False,
             "owns_property": False, "disability": None, "student": False, "heating_oil": False,
             "energy_debt": False, "unknown_fields": ["disability"]}
    return build(slots, {"integration_income": "refused"}, "fr")
