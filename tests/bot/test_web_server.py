"""The web page: the widget's files, its labels from the catalogs, and a strict security policy."""

import json
import urllib.error
import urllib.request

import pytest


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
