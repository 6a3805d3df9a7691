"""The web page with the chat widget, and the REST channel behind it on the same origin.

Serving both from one origin needs no CORS and lets the page's Content-Security-Policy forbid
every other host. Standard library only; run by bot/services.py.
"""

from __future__ import annotations

import argparse
import json
import mimetypes
import os
import sys
import threading
import urllib.error
import urllib.request
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from actions.i18n import LANGUAGES
from bot.channels.limits import RateLimit, plain_reply
from bot.staff import routes as staff_routes
from bot.staff.password import PasswordSettingError
from bot.staff.password import from_environment as staff_password
from bot.web_strings import widget_strings

WEB_ROOT = Path(__file__).resolve().parent / "web"
REST_PATH = "/webhooks/rest/webhook"
MAX_BODY = 16 * 1024
# Messages a minute from one address: higher than a person's 30 (bot/channels/limits.py), as the
# people of one association often share an address.
MESSAGES_PER_ADDRESS_PER_MINUTE = 120
# A client that sends nothing for this long is dropped, so slow clients cannot hold every thread.
REQUEST_TIMEOUT = 10.0
# The volunteer terminal clears the page and deletes the conversation after this long without a
# touch, so the next person sees nothing of the last one (IRIS_TERMINAL_IDLE_MINUTES).
DEFAULT_IDLE_MINUTES = 5.0
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cache-Control": "no-store",
}
# Sent only when the page is served over TLS (IRIS_PUBLIC_URL https://...): on plain HTTP a
# browser ignores it, and a wrong one would lock a local address out of plain HTTP for a year.
HSTS = {"Strict-Transport-Security": "max-age=31536000"}


def body_length(raw: str | None) -> int | None:
    """The request's Content-Length when it is a plain number within the limit, else None."""
    raw = (raw or "0").strip()
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9:
        return None
    return int(raw)


def idle_minutes(raw: str | None) -> float:
    """The terminal's idle timeout from its setting; a bad value stops the server with one line."""
    if not raw:
        return DEFAULT_IDLE_MINUTES
    try:
        minutes = float(raw)
    except ValueError:
        minutes = 0.0
    if not 0 < minutes <= 24 * 60:
        raise ValueError(f"IRIS_TERMINAL_IDLE_MINUTES={raw!r} is not a number of minutes (e.g. 5).")
    return minutes


def trusted_proxies(raw: str | None) -> frozenset[str]:
    """IRIS_TRUSTED_PROXIES: the addresses of the TLS proxies whose X-Forwarded-For is believed."""
    return frozenset(a.strip() for a in (raw or "").split(",") if a.strip())


def client_address(peer: str, forwarded_for: str | None, proxies: frozenset[str]) -> str:
    """The person's address: the peer's, or the one a trusted proxy says it forwarded for (the
    last entry, the one the proxy itself added; earlier ones are the client's to invent)."""
    if peer in proxies and forwarded_for:
        return forwarded_for.split(",")[-1].strip() or peer
    return peer


def too_many_reply(body: bytes) -> bytes:
    """The widget's answer when an address sends too much: the plain sentence in both languages,
    since the conversation's language is Rasa's to know."""
    try:
        sender = json.loads(body).get("sender")
    except (ValueError, AttributeError):
        sender = None
    text = "\n".join(plain_reply("too_many", language)["text"] for language in LANGUAGES)
    return json.dumps([{"recipient_id": sender, "text": text, "custom": {"error": "too_many"}}],
                      ensure_ascii=False).encode()


def handler_for(rasa_url: str, terminal_idle_minutes: float = DEFAULT_IDLE_MINUTES,
                over_tls: bool = False, proxies: frozenset[str] = frozenset(),
                per_minute: int = MESSAGES_PER_ADDRESS_PER_MINUTE,
                staff: staff_routes.StaffAccess | None = None) -> type[BaseHTTPRequestHandler]:
    settings = json.dumps({"terminal_idle_minutes": terminal_idle_minutes}).encode()
    headers = {**SECURITY_HEADERS, **(HSTS if over_tls else {})}
    addresses, counting = RateLimit(per_minute=per_minute), threading.Lock()
    staff_routes.load_pages()

    class Handler(BaseHTTPRequestHandler):
        server_version = "Iris"
        timeout = REQUEST_TIMEOUT  # socket timeout: reading the request line, headers and body
        # The staff pages (bot/staff/): off unless a staff password is set.
        staff_access = staff or staff_routes.StaffAccess(None, proxies)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            if staff_routes.handle(self, "GET", self.path):
                return
            path = self.path.split("?", 1)[0]
            if path == "/settings.json":
                self._reply(HTTPStatus.OK, settings, "application/json; charset=utf-8")
                return
            if path.startswith("/strings/") and path.endswith(".json"):
                language = path[len("/strings/"):-len(".json")]
                try:
                    body = json.dumps(widget_strings(language), ensure_ascii=False).encode()
                except ValueError:
                    self._reply(HTTPStatus.NOT_FOUND, b"Not found\n", "text/plain; charset=utf-8")
                    return
                self._reply(HTTPStatus.OK, body, "application/json; charset=utf-8")
                return
            if path == "/":
                path = "/index.html"
            file = (WEB_ROOT / path.lstrip("/")).resolve()
            if WEB_ROOT not in file.parents or not file.is_file():
                self._reply(HTTPStatus.NOT_FOUND, b"Not found\n", "text/plain; charset=utf-8")
                return
            kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            if kind.startswith("text/") or kind == "application/javascript":
                kind += "; charset=utf-8"
            self._reply(HTTPStatus.OK, file.read_bytes(), kind)

        def do_POST(self) -> None:  # noqa: N802
            if staff_routes.handle(self, "POST", self.path):
                return
            if self.path != REST_PATH:
                self._reply(HTTPStatus.NOT_FOUND, b"Not found\n", "text/plain; charset=utf-8")
                return
            length = body_length(self.headers.get("Content-Length"))
            if length is None:
                # A negative length made the server read until the client closed.
                self._reply(HTTPStatus.BAD_REQUEST, b'{"error": "bad Content-Length"}', "application/json")
                self.close_connection = True
                return
            if length > MAX_BODY:
                self.close_connection = True  # the body is never read
                self._reply(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b'{"error": "message too long"}',
                            "application/json")
                return
            body = self.rfile.read(length)
            address = client_address(self.client_address[0], self.headers.get("X-Forwarded-For"), proxies)
            with counting:
                allowed = addresses.allow(address)
            if not allowed:
                self._reply(HTTPStatus.OK, too_many_reply(body), "application/json")
                return
            # The body goes to Rasa byte for byte: the terminal's metadata ({"mode": "terminal"})
            # must reach the bot as the page sent it.
            request = urllib.request.Request(
                rasa_url + REST_PATH,
                data=body,
                headers={"Content-Type": "application/json"},
                method="POST",
            )
            try:
                with urllib.request.urlopen(request, timeout=30) as reply:
                    self._reply(reply.status, reply.read(), "application/json")
            except urllib.error.HTTPError as error:
                self._reply(error.code, error.read(), "application/json")
            except (urllib.error.URLError, OSError):
                self._reply(HTTPStatus.BAD_GATEWAY, b'{"error": "the Rasa server does not answer"}',
                            "application/json")

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            """http.server's own errors (bad request line, unknown method) with our headers."""
            self.close_connection = True
            text = f"{code} {message or HTTPStatus(code).phrase}\n".encode("latin-1", "replace")
            self._reply(code, text, "text/plain; charset=utf-8")

        def _reply(self, status: int, body: bytes, kind: str, extra: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in {**headers, **(extra or {})}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            # Method, path and status only: never a message's text.
            sys.stderr.write("web: " + (format % args) + "\n")

    return Handler


def main() -> int:
    parser = argparse.ArgumentParser(description="Serve the Iris web page and its REST proxy.")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--rasa", default="http://127.0.0.1:5005")
    options = parser.parse_args()
    try:
        minutes = idle_minutes(os.environ.get("IRIS_TERMINAL_IDLE_MINUTES"))
    except ValueError as error:
        sys.stderr.write(f"{error}\n")
        return 2
    over_tls = os.environ.get("IRIS_PUBLIC_URL", "").startswith("https://")
    proxies = trusted_proxies(os.environ.get("IRIS_TRUSTED_PROXIES"))
    try:
        staff = staff_routes.StaffAccess(staff_password(), proxies)
    except PasswordSettingError as error:
        sys.stderr.write(f"{error}\n")
        return 2
    server = ThreadingHTTPServer((options.host, options.port),
                                 handler_for(options.rasa.rstrip("/"), minutes, over_tls, proxies, staff=staff))
    staff_routes.start_timers()  # the staff pages' own upkeep (expired handoff codes deleted)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
