"""A real local HTTP server standing in for Telegram's Bot API and Twilio's Messages API, on a
free port; the follow-up service is pointed at it by URL (TELEGRAM_API_BASE, TWILIO_API_BASE).
It records what it received and answers as the real APIs do. No mock object."""

from __future__ import annotations

import json
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.services import free_port
from tests.actions.followup.conftest import followups, key  # noqa: F401 - fixtures
from tests.actions.observatory.conftest import bot_store  # noqa: F401 - a fixture
from tests.actions.store_fixtures import database_url, postgres_server  # noqa: F401 - fixtures


@dataclass
class Received:
    path: str
    headers: dict
    body: bytes

    def json(self) -> dict:
        return json.loads(self.body)

    def form(self) -> dict:
        return {k: v[0] for k, v in urllib.parse.parse_qs(self.body.decode()).items()}


@dataclass
class ApiStandIn:
    url: str
    received: list[Received] = field(default_factory=list)
    status: int = 200   # set to 500 to refuse


@pytest.fixture
def api(monkeypatch):
    port = free_port()
    stand_in = ApiStandIn(f"http://127.0.0.1:{port}")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the standard library's name
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            stand_in.received.append(Received(self.path, dict(self.headers), body))
            reply = {"ok": True, "result": {"message_id": 1}} if "/bot" in self.path else {"sid": "SM0", "status": "queued"}
            self.send_response(stand_in.status if stand_in.status != 200 else (200 if "/bot" in self.path else 201))
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(json.dumps(reply).encode())

        def log_message(self, *_: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    for name, value in (("TELEGRAM_TOKEN", "123:abc"), ("TELEGRAM_SECRET_TOKEN", "s3cret-token"),
                        ("TELEGRAM_API_BASE", stand_in.url), ("TWILIO_ACCOUNT_SID", "AC0123"),
                        ("TWILIO_AUTH_TOKEN", "twilio-token"), ("TWILIO_NUMBER", "+3225550000"),
                        ("TWILIO_API_BASE", stand_in.url)):
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("IRIS_PUBLIC_URL", raising=False)
    yield stand_in
    server.shutdown()
    server.server_close()
