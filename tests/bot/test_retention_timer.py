"""A conversation is deleted once the retention has passed, on a timer: no later message, on any
channel, is needed to set the purge off."""

from __future__ import annotations

import sqlite3
import time

from bot.services import Iris
from tests.bot.conftest import Person


def stored_events(iris: Iris, sender: str) -> int:
    with sqlite3.connect(iris.tracker_db) as db:
        return db.execute("SELECT COUNT(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0]


def test_a_quiet_conversation_is_deleted_after_the_retention_without_another_message(tmp_path, monkeypatch):
    monkeypatch.setenv("IRIS_RETENTION_MINUTES", "0.05")  # 3 s; the purge then runs every second
    iris = Iris.on_free_ports(tmp_path)
    iris.start()
    try:
        person = Person(f"http://127.0.0.1:{iris.ports.rasa}")
        person.says("Bonjour")
        assert stored_events(iris, person.sender) > 0
        deadline = time.monotonic() + 15
        while stored_events(iris, person.sender) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert stored_events(iris, person.sender) == 0
    finally:
        iris.stop()
