"""One running Iris (action server, Rasa server, web page) for the conversation tests, on free ports,
with its SMS/WhatsApp and Telegram channels sending to a stand-in for Twilio's and Telegram's APIs."""

from __future__ import annotations

import json
import threading
import urllib.parse
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.services import Iris, Ports, free_port

CHANNEL_SETTINGS = {
    "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
    "TWILIO_AUTH_TOKEN": "test-auth-token",
    "TWILIO_NUMBER": "+3225550100",
    # Twilio signs the public URL; the tests post to 127.0.0.1 as a proxy would.
    "IRIS_PUBLIC_URL": "https://iris.example.test",
    "TELEGRAM_TOKEN": "123456:test-telegram-token",
    "TELEGRAM_SECRET_TOKEN": "test-secret-token",
    "TELEGRAM_BOT_NAME": "iris_test_bot",
    "IRIS_PSEUDONYM_KEY": "test-pseudonym-key-of-iris",
}


class StandInApi:
    """Twilio's Messages API and Telegram's Bot API as far as Iris uses them: records what is sent."""

    def __init__(self) -> None:
        self.sent: list[dict] = []
        self.deleted: list[str] = []  # message sids deleted from Twilio's log
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def to(self, recipient: str) -> list[dict]:
        with self.lock:
            return [m for m in self.sent if str(m["to"]) == str(recipient)]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                if "json" in (self.headers.get("Content-Type") or ""):
                    fields = json.loads(raw or "{}")
                else:
                    fields = dict(urllib.parse.parse_qsl(raw))
                if self.path.endswith("/Messages.json"):
                    sid = f"SM{uuid.uuid4().hex}"
                    sent = {"api": "twilio", "to": fields["To"], "from": fields["From"], "text": fields["Body"],
                            "sid": sid, "status_callback": fields.get("StatusCallback")}
                    reply = {"sid": sid, "status": "queued", "to": fields["To"],
                             "from": fields["From"], "body": fields["Body"]}
                    status = 201
                else:
                    markup = fields.get("reply_markup")
                    sent = {"api": "telegram", "method": self.path.rsplit("/", 1)[-1],
                            "to": fields.get("chat_id"), "text": fields.get("text"),
                            "reply_markup": json.loads(markup) if isinstance(markup, str) else markup}
                    reply = {"ok": True, "result": {"message_id": len(api.sent) + 1, "date": 0,
                                                    "chat": {"id": int(fields.get("chat_id") or 0), "type": "private"},
                                                    "text": fields.get("text") or ""}}
                    status = 200
                with api.lock:
                    api.sent.append(sent)
                body = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_DELETE(self) -> None:  # noqa: N802 - Twilio deletes a message from its log
                with api.lock:
                    api.deleted.append(self.path.rsplit("/", 1)[-1].removesuffix(".json"))
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


@pytest.fixture(scope="session")
def stand_in_api():
    api = StandInApi()
    yield api
    api.server.shutdown()


@pytest.fixture(scope="session")
def iris(tmp_path_factory, stand_in_api):
    ports = Ports(rasa=free_port(), actions=free_port(), web=free_port())
    workdir = tmp_path_factory.mktemp("iris")
    running = Iris(ports, tracker_db=workdir / "tracker.db", logs=workdir / "logs")
    with pytest.MonkeyPatch.context() as environment:
        for name, value in {**CHANNEL_SETTINGS, "TWILIO_API_BASE": stand_in_api.url,
                            "TELEGRAM_API_BASE": stand_in_api.url}.items():
            environment.setenv(name, value)
        running.start()
    yield running
    running.stop()


def post_json(url: str, payload: dict) -> tuple[int, object]:
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def post_status(url: str, body: bytes, headers: dict[str, str]) -> int:
    """POSTs `body` and returns the HTTP status only, as a webhook caller sees it."""
    request = urllib.request.Request(url, data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            return reply.status
    except urllib.error.HTTPError as error:
        return error.code


class Person:
    """Someone chatting over the REST channel, with a sender id of their own."""

    def __init__(self, base_url: str):
        self.url = base_url + "/webhooks/rest/webhook"
        self.sender = f"test-{uuid.uuid4()}"

    def says(self, text: str) -> list[dict]:
        status, messages = post_json(self.url, {"sender": self.sender, "message": text})
        assert status == 200, messages
        assert messages, f"no answer to {text!r}"
        return messages


@pytest.fixture
def person(iris) -> Person:
    return Person(f"http://127.0.0.1:{iris.ports.rasa}")


@pytest.fixture
def web_person(iris) -> Person:
    return Person(f"http://127.0.0.1:{iris.ports.web}")
