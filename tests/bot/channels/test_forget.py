"""Deleting stored conversations: on request, and after the retention (runs in the Rasa environment)."""

import asyncio

from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels.forget import forget_conversation, forget_inactive_conversations

DOMAIN = Domain.empty()


def save(store, sender: str, timestamp: float) -> None:
    tracker = DialogueStateTracker(sender, slots=[])
    tracker.update(UserUttered("bonjour", timestamp=timestamp))
    asyncio.run(store.save(tracker))


def senders(store) -> set[str]:
    return set(asyncio.run(store.keys()))


def sql_store(tmp_path):
    return SQLTrackerStore(DOMAIN, dialect="sqlite", db=str(tmp_path / "tracker.db"))


def test_a_deleted_conversation_leaves_no_event_in_the_sql_store_and_others_stay(tmp_path):
    store = sql_store(tmp_path)
    save(store, "alice", 1000.0)
    save(store, "bob", 1000.0)
    assert forget_conversation(FailSafeTrackerStore(store), "alice") is True
    assert senders(store) == {"bob"}


def test_a_deleted_conversation_leaves_nothing_in_the_memory_store():
    store = InMemoryTrackerStore(DOMAIN)
    save(store, "alice", 1000.0)
    assert forget_conversation(store, "alice") is True
    assert senders(store) == set()


def test_only_conversations_silent_past_the_retention_are_deleted(tmp_path):
    store = sql_store(tmp_path)
    save(store, "old", 1000.0)
    save(store, "recent", 4000.0)
    deleted = forget_inactive_conversations(store, older_than_seconds=3600, now=5000.0)
    assert deleted == 1
    assert senders(store) == {"recent"}


def test_the_retention_applies_to_the_memory_store_too():
    store = InMemoryTrackerStore(DOMAIN)
    save(store, "old", 1000.0)
    save(store, "recent", 4000.0)
    assert forget_inactive_conversations(store, older_than_seconds=3600, now=5000.0) == 1
    assert senders(store) == {"recent"}
