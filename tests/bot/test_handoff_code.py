"""The handoff code through the running bot (action server, Rasa server, web page): a screening
over the widget's REST channel ends with the observatory's question, then the code's offer; a yes
gives a code that a social worker opens at /dossier of a web page with the staff password on; a
no gives none. The web page is a second one in front of the same servers and database."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import pytest

from bot.model import ROOT
from bot.services import answers, free_port
from tests.bot.screening_driver import screen
from tests.bot.staff.client import StaffClient
from tests.bot.test_screening import SINGLE_MOTHER_FR

PASSWORD = "the staff password of the test"
CODE = re.compile(r"\b[3-9A-Z]{3}-[3-9A-Z]{3}\b")


@pytest.fixture(scope="module")
def staff_web(iris, tmp_path_factory) -> int:
    """A web page with the staff pages on, reading the running bot's handoff database."""
    port = free_port()
    log = tmp_path_factory.mktemp("staff-web") / "web.log"
    environment = {**iris.environment(), "IRIS_STAFF_PASSWORD": PASSWORD}
    with open(log, "wb") as output:
        server = subprocess.Popen([sys.executable, "-m", "bot.web_server", "--port", str(port),
                                   "--rasa", f"http://127.0.0.1:{iris.ports.rasa}"],
                                  cwd=ROOT, env=environment, stdout=output, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while not answers(f"http://127.0.0.1:{port}/"):
        assert server.poll() is None and time.monotonic() < deadline, log.read_text()
        time.sleep(0.2)
    yield port
    server.terminate()
    server.wait(timeout=10)
    assert PASSWORD not in log.read_text()


def offered(person) -> list[dict]:
    screen(person, "Bonjour", SINGLE_MOTHER_FR)
    messages = person.says("non")  # no to the anonymous summary
    assert messages[-1]["custom"].get("handoff_code") == "offer", messages
    return messages


def test_a_yes_gives_a_code_that_a_social_worker_opens_at_dossier(web_person, staff_web):
    offer = offered(web_person)
    assert [b["title"] for b in offer[-1]["buttons"]] == ["Oui", "Non"]
    [given] = web_person.says(offer[-1]["buttons"][0]["payload"])
    code = given["custom"]["handoff_code"]["code"]
    assert CODE.fullmatch(code) and f"Votre code : {code}" in given["text"]
    worker = StaffClient(staff_web)
    assert worker.log_in(PASSWORD, "/dossier").headers["location"].startswith("/dossier")
    form = worker.get("/dossier?lang=nl")
    dossier = worker.post("/dossier?lang=nl", {"csrf": form.csrf, "code": code.lower().replace("-", " ")})
    assert dossier.status == 200, dossier.text
    for words in ("Schaarbeek", "34 jaar", "Sociale dienst (OCMW) Schaarbeek", "Plan van de bezoeken"):
        assert words in dossier.text
    assert "dans les 900" not in dossier.text and "j'habite" not in dossier.text  # no message text


def test_a_no_gives_no_code(web_person):
    offered(web_person)
    [declined] = web_person.says("non merci")
    assert declined["text"] == "D'accord, pas de code." and "handoff_code" not in declined["custom"]
