"""Deleting a person's stored conversation when they ask ("effacer", "wissen", STOP), and every
conversation left without a message for longer than the retention.

Rasa saves a turn after its actions have run, so an action cannot delete what is about to be
saved; the channel does it once the turn is over. Works on the SQL tracker store (SQLite or
PostgreSQL) and on the in-memory one.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore
from sqlalchemy import func

from bot.channels import tracker_sqlite

logger = logging.getLogger(__name__)
PURGE_CHUNK = 500


def _innermost(store: Any) -> Any:
    # FailSafeTrackerStore and AwaitableTrackerStore wrap the real store.
    while hasattr(store, "_tracker_store"):
        store = store._tracker_store
    return store


def forget_conversation(tracker_store: Any, sender_id: str) -> bool:
    """Deletes every stored event of `sender_id`; True when the store could be cleared."""
    store = _innermost(tracker_store)
    if isinstance(store, SQLTrackerStore):
        with store.session_scope() as session:
            session.query(store.SQLEvent).filter(store.SQLEvent.sender_id == sender_id).delete()
            session.commit()
        tracker_sqlite.scrub(store)
        return True
    if isinstance(store, InMemoryTrackerStore):
        store.store.pop(sender_id, None)
        return True
    logger.error("Cannot delete a conversation from a %s.", type(store).__name__)
    return False


def forget_inactive_conversations(tracker_store: Any, older_than_seconds: float, now: float) -> int:
    """Deletes the conversations whose last event is older than the retention; returns how many."""
    store = _innermost(tracker_store)
    cutoff = now - older_than_seconds
    if isinstance(store, SQLTrackerStore):
        event = store.SQLEvent
        with store.session_scope() as session:
            stale = [
                row[0]
                for row in session.query(event.sender_id)
                .group_by(event.sender_id)
                .having(func.max(event.timestamp) < cutoff)
                .all()
            ]
            # In chunks: one IN (...) with every id failed past SQLite's limit of bound values.
            for start in range(0, len(stale), PURGE_CHUNK):
                chunk = stale[start:start + PURGE_CHUNK]
                session.query(event).filter(event.sender_id.in_(chunk)).delete(synchronize_session=False)
                session.commit()
        if stale:
            tracker_sqlite.scrub(store)
        return len(stale)
    if isinstance(store, InMemoryTrackerStore):
        stale = []
        for sender, serialised in list(store.store.items()):
            tracker = store.deserialise_tracker(sender, serialised)
            if tracker is None or not tracker.events or tracker.events[-1].timestamp < cutoff:
                stale.append(sender)
        for sender in stale:
            store.store.pop(sender, None)
        return len(stale)
    return 0
