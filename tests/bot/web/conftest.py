"""Debian's Chromium, driven by Playwright, on the running Iris: the widget as a person uses it.

Never a browser of Playwright's own: `make browser` installs /usr/bin/chromium from Debian, and
nothing is downloaded at run time (axe-core comes inside a Python package).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from playwright.sync_api import Page

from bot.model import ROOT
from bot.services import answers, free_port
from tests.bot.conftest import Person
from tests.bot.web import shared_browser

CHROMIUM = "/usr/bin/chromium"
# Offline and quiet: no update checks, sync or field trials reaching out, no GPU on this machine.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SCREENSHOTS = ROOT / ".cache" / "screenshots"
SHORT_IDLE_MINUTES = 0.1


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run 'make browser' (apt-get install chromium).")
    # One browser for every importer of this fixture (tests/bot/web/shared_browser.py).
    yield shared_browser.acquire(CHROMIUM, CHROMIUM_ARGS)
    shared_browser.release()


@pytest.fixture
def page(browser) -> Page:
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    context.set_default_timeout(60_000)
    opened = context.new_page()
    yield opened
    context.close()


@pytest.fixture(scope="session")
def widget(iris) -> str:
    # Rasa's first message after start is slow (lazy loading); keep that out of the page's timeouts.
    warm_up = Person(f"http://127.0.0.1:{iris.ports.rasa}")
    warm_up.says("Bonjour")
    warm_up.says("/delete_data")
    return f"http://127.0.0.1:{iris.ports.web}/"


@pytest.fixture(scope="session")
def short_idle_widget(iris, widget, tmp_path_factory) -> str:
    """A second web page in front of the same Rasa server, whose terminal clears itself after 6 s."""
    port = free_port()
    log = tmp_path_factory.mktemp("web") / "web.log"
    environment = dict(os.environ, PYTHONPATH=str(ROOT), IRIS_TERMINAL_IDLE_MINUTES=str(SHORT_IDLE_MINUTES))
    with open(log, "wb") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "bot.web_server", "--port", str(port),
             "--rasa", f"http://127.0.0.1:{iris.ports.rasa}"],
            cwd=ROOT, env=environment, stdout=output, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 20
    while not answers(url):
        assert server.poll() is None and time.monotonic() < deadline, log.read_text()
        time.sleep(0.2)
    yield url
    server.terminate()
    server.wait(timeout=10)
