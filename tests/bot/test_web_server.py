"""The web page: the widget's files, its labels from the catalogs, a strict security policy, the
terminal's idle setting, and a proxy that hands Rasa the body as the page sent it."""

import json
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.web_server import handler_for, idle_minutes


def get(url: str):
    with urllib.request.urlopen(url, timeout=10) as reply:
        return reply.status, dict(reply.headers), reply.read().decode()


def test_the_page_serves_the_widget_with_a_policy_that_forbids_other_hosts(iris):
    status, headers, body = get(f"http://127.0.0.1:{iris.ports.web}/")
    assert status == 200
    assert 'role="log"' in body
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("language, send", [("fr", "Envoyer"), ("nl", "Verzenden")])
def test_the_widget_labels_come_from_the_catalogs(iris, language, send):
    _, _, body = get(f"http://127.0.0.1:{iris.ports.web}/strings/{language}.json")
    assert json.loads(body)["send"] == send


@pytest.mark.parametrize("path", ["/strings/en.json", "/../Makefile", "/nothing.html"])
def test_a_path_outside_the_widget_is_not_found(iris, path):
    with pytest.raises(urllib.error.HTTPError) as error:
        get(f"http://127.0.0.1:{iris.ports.web}{path}")
    assert error.value.code == 404


def test_the_page_is_told_the_terminal_idle_timeout_of_five_minutes_by_default(iris):
    _, headers, body = get(f"http://127.0.0.1:{iris.ports.web}/settings.json")
    assert json.loads(body) == {"terminal_idle_minutes": 5.0}
    assert headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("raw, minutes", [(None, 5.0), ("", 5.0), ("0.1", 0.1), ("15", 15.0)])
def test_the_idle_timeout_setting_reads_minutes(raw, minutes):
    assert idle_minutes(raw) == minutes


@pytest.mark.parametrize("raw", ["five", "0", "-1", "nan", "100000"])
def test_a_bad_idle_timeout_setting_is_refused_with_its_name(raw):
    with pytest.raises(ValueError, match="IRIS_TERMINAL_IDLE_MINUTES"):
        idle_minutes(raw)


class Upstream(BaseHTTPRequestHandler):
    """A stand-in for Rasa that keeps the bodies it receives."""

    received: list[bytes] = []

    def do_POST(self):  # noqa: N802
        Upstream.received.append(self.rfile.read(int(self.headers["Content-Length"])))
        body = b"[]"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def serve(handler) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def test_the_proxy_passes_the_terminal_metadata_to_rasa_byte_for_byte():
    rasa, rasa_url = serve(Upstream)
    web, web_url = serve(handler_for(rasa_url))
    body = '{"sender": "s-1", "message": "Bonjour",  "metadata": {"mode": "terminal"}}'.encode()
    try:
        request = urllib.request.Request(web_url + "/webhooks/rest/webhook", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as reply:
            assert reply.status == 200
        assert Upstream.received[-1] == body
    finally:
        web.shutdown()
        rasa.shutdown()
