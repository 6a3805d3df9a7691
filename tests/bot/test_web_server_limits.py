"""The web server refuses a Content-Length that is not a plain number within the limit, drops a
client that stops sending, and puts its security headers on every answer, its own errors too."""

from __future__ import annotations

import socket
import threading
import time
from http.server import ThreadingHTTPServer

import pytest

from bot.web_server import handler_for


@pytest.fixture
def web():
    """The real handler, in a server of its own, with Rasa's address pointing nowhere."""
    handler = handler_for("http://127.0.0.1:9")
    handler.timeout = 1.0  # the real one is 10 s
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def exchange(port: int, request: bytes, wait: float = 5.0) -> bytes:
    """Sends `request` and returns all the server answers before it closes (within `wait` s)."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as client:
        client.sendall(request)
        answer = b""
        while chunk := client.recv(65536):
            answer += chunk
    return answer


def post(length: str, body: bytes = b"", forwarded_for: str | None = None) -> bytes:
    forwarded = f"X-Forwarded-For: {forwarded_for}\r\n".encode() if forwarded_for else b""
    return (b"POST /webhooks/rest/webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + forwarded + b"Content-Length: " + length.encode() + b"\r\n\r\n" + body)


@pytest.mark.parametrize("length", ["-1", "-64", "abc", "1e3", "12 34", "٣"])
def test_a_content_length_that_is_not_a_plain_number_is_refused_at_once(web, length):
    started = time.monotonic()
    answer = exchange(web, post(length, b'{"sender": "a", "message": "b"}'))
    assert answer.startswith(b"HTTP/1.0 400") and time.monotonic() - started < 1


def test_a_body_over_the_limit_is_refused_unread(web):
    assert exchange(web, post(str(10**8))).startswith(b"HTTP/1.0 413")


def test_a_client_that_stops_sending_is_dropped(web):
    started = time.monotonic()
    assert exchange(web, b"POST /webhooks/rest/webhook HTTP/1.1\r\nContent-Length: 100\r\n\r\n{") == b""
    assert time.monotonic() - started < 3


@pytest.mark.parametrize("request_line", [b"BREW / HTTP/1.1\r\n\r\n", b"GET /\x00 \r\n\r\n", b"\r\n"])
def test_errors_of_the_server_itself_carry_the_security_headers(web, request_line):
    answer = exchange(web, request_line).decode("latin-1")
    if not answer:
        return  # an empty request line is closed without an answer
    for header in ("Content-Security-Policy:", "X-Content-Type-Options: nosniff", "Permissions-Policy:",
                   "Referrer-Policy: no-referrer"):
        assert header in answer


def test_the_page_carries_a_permissions_policy_and_hsts_only_over_tls():
    plain, tls = handler_for("http://127.0.0.1:9"), handler_for("http://127.0.0.1:9", over_tls=True)
    for handler, hsts in ((plain, False), (tls, True)):
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            answer = exchange(server.server_address[1], b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        finally:
            server.shutdown()
        head = answer.split(b"\r\n\r\n", 1)[0].decode()
        assert "Permissions-Policy: camera=()" in head
        assert ("Strict-Transport-Security:" in head) is hsts


def test_an_address_over_its_limit_gets_the_plain_sentence_and_rasa_is_not_called():
    from tests.bot.test_web_server import Upstream, serve
    upstream, upstream_url = serve(Upstream)
    Upstream.received.clear()
    handler = handler_for(upstream_url, proxies=frozenset({"127.0.0.1"}), per_minute=2)
    server, _ = serve(handler)
    try:
        def send(forwarded_for: str) -> bytes:
            body = b'{"sender": "s1", "message": "Bonjour"}'
            return exchange(server.server_address[1], post(str(len(body)), body, forwarded_for))

        assert all(send("203.0.113.7").endswith(b"[]") for _ in range(2))
        refused = send("198.51.100.1, 203.0.113.7")  # the first entry is the client's to invent
        assert "Trop de messages d'un coup" in refused.decode() and "Te veel berichten" in refused.decode()
        assert send("203.0.113.8").endswith(b"[]")  # another person behind the proxy
        assert len(Upstream.received) == 3
    finally:
        server.shutdown()
        upstream.shutdown()


def test_an_untrusted_peer_cannot_choose_its_address_with_x_forwarded_for():
    from bot.web_server import client_address
    assert client_address("192.0.2.5", "203.0.113.9", frozenset({"127.0.0.1"})) == "192.0.2.5"
    assert client_address("127.0.0.1", "203.0.113.9", frozenset({"127.0.0.1"})) == "203.0.113.9"
