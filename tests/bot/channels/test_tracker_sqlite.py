"""The SQLite tracker store with a write-ahead log (runs in the Rasa environment)."""

import asyncio
import sqlite3

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels import tracker_sqlite

tracker_sqlite.install()


def store(tmp_path) -> SQLTrackerStore:
    return SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "tracker.db"))


def test_the_tracker_file_is_in_write_ahead_log_mode_once_a_turn_is_saved(tmp_path):
    tracker = DialogueStateTracker("wal-1", slots=[])
    tracker.update(UserUttered("bonjour", timestamp=1.0))
    asyncio.run(store(tmp_path).save(tracker))
    with sqlite3.connect(tmp_path / "tracker.db") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_each_connection_of_the_store_waits_for_the_disk_at_checkpoints_only(tmp_path):
    with store(tmp_path).engine.connect() as connection:
        # 1 is NORMAL; SQLite's default is 2, FULL
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1


def test_a_conversation_saved_turn_by_turn_comes_back_whole_and_in_order(tmp_path):
    sql = store(tmp_path)
    tracker = DialogueStateTracker("wal-2", slots=[])
    for turn, text in enumerate(["bonjour", "je vis seule", "1200"]):
        tracker.update(UserUttered(text, timestamp=10.0 * turn))
        tracker.update(ActionExecuted("action_listen", timestamp=10.0 * turn + 1))
        asyncio.run(sql.save(tracker))
    again = asyncio.run(store(tmp_path).retrieve("wal-2"))
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["bonjour", "je vis seule", "1200"]
    assert len(again.events) == 6



def test_a_forgotten_conversation_is_in_neither_the_database_nor_its_write_ahead_log(tmp_path):
    from bot.channels.forget import forget_conversation, forget_inactive_conversations

    sql = store(tmp_path)
    for sender, secret in (("wal-3", "MOTSECRETZX7"), ("wal-4", "ANDERGEHEIMQ9")):
        tracker = DialogueStateTracker(sender, slots=[])
        tracker.update(UserUttered(f"je gagne 1200, {secret}", timestamp=5.0))
        asyncio.run(sql.save(tracker))
    assert b"MOTSECRETZX7" in (tmp_path / "tracker.db-wal").read_bytes() + (tmp_path / "tracker.db").read_bytes()
    assert forget_conversation(sql, "wal-3")
    assert forget_inactive_conversations(sql, older_than_seconds=60, now=1000.0) == 1
    for name in ("tracker.db", "tracker.db-wal"):
        kept = (tmp_path / name).read_bytes() if (tmp_path / name).exists() else b""
        assert b"MOTSECRETZX7" not in kept and b"ANDERGEHEIMQ9" not in kept, name
