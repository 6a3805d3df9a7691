"""Only the webhooks answer on Rasa's port: its HTTP API (trackers, parsing, the model) is off,
and neither server lets another site's page call it (no CORS)."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

API = [("GET", "/status"), ("GET", "/conversations/someone/tracker"), ("POST", "/model/parse"),
       ("GET", "/domain"), ("POST", "/conversations/someone/messages"), ("PUT", "/model"),
       ("POST", "/webhooks/rest/webhook/../../model/parse")]


def status_and_headers(url: str, method: str, headers: dict[str, str] | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url, method=method, data=b"{}" if method in ("POST", "PUT") else None,
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return reply.status, dict(reply.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


@pytest.mark.parametrize("method, path", API)
def test_rasas_http_api_is_not_served(iris, method, path):
    status, _ = status_and_headers(f"http://127.0.0.1:{iris.ports.rasa}{path}", method)
    assert status in (404, 405)


@pytest.mark.parametrize("server", ["rasa", "web"])
def test_another_sites_page_may_not_call_the_webhook(iris, server):
    port = iris.ports.rasa if server == "rasa" else iris.ports.web
    _, headers = status_and_headers(f"http://127.0.0.1:{port}/webhooks/rest/webhook", "OPTIONS",
                                    {"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"})
    assert not any(name.lower().startswith("access-control-allow") for name in headers)
