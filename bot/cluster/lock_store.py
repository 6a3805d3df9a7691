"""Rasa's RedisLockStore, with each change of a lock made atomically in Redis.

Rasa's own class reads a conversation's lock, changes it in the server's memory and writes it
back: two Rasa servers that get one conversation's messages at the same moment both read "no
lock", both write a lock holding ticket 0, and both process their message at once (RasaHQ/rasa
#9213). In tests/bot/test_cluster.py two first messages sent together lost one of the two about
one time in three. Here every read-change-write runs in a Redis transaction (WATCH/MULTI) that is
tried again when another server changed the lock in between, so each message gets a ticket of
its own and waits its turn.

In the endpoints: `lock_store: type: bot.cluster.lock_store.AtomicRedisLockStore`, with the
settings of Rasa's `type: redis` (bot/cluster/files.py). Runs in the Rasa server.

While Redis is down, taking a ticket fails at once (connection refused): Rasa does not process
the message, the channel answers with the apology (bot/channels/turn.py), and the conversation
stays as it was in the tracker store. The client connects again by itself once Redis is back.
Its Redis also holds what the Rasa servers count together (bot/cluster/shared_redis.py).
"""

from __future__ import annotations

import json
import logging
from typing import Callable, Optional, Text

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, RedisLockStore
from rasa.utils.endpoints import EndpointConfig
from redis.exceptions import RedisError

from bot.cluster import shared_redis

logger = logging.getLogger(__name__)


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: EndpointConfig) -> None:
        super().__init__(host=endpoint_config.url, **endpoint_config.kwargs)
        shared_redis.share(self.red, self.key_prefix)

    def _change(self, conversation_id: Text, change: Callable[[Optional[TicketLock]], Optional[TicketLock]]) -> None:
        """Applies `change` to the stored lock (None: there is none) and stores what it returns
        (None: deletes the lock), as one transaction."""
        key = self.key_prefix + conversation_id

        def transaction(pipe) -> None:
            stored = pipe.get(key)
            changed = change(TicketLock.from_dict(json.loads(stored)) if stored else None)
            pipe.multi()
            if changed is None:
                pipe.delete(key)
            else:
                pipe.set(key, changed.dumps())

        self.red.transaction(transaction, key)

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        issued: list[int] = []

        def issue(lock: Optional[TicketLock]) -> TicketLock:
            lock = lock or TicketLock(conversation_id)
            issued[:] = [lock.issue_ticket(lock_lifetime)]  # a retried transaction issues again
            return lock

        self._change(conversation_id, issue)
        return issued[0]

    def update_lock(self, conversation_id: Text) -> None:
        def without_expired(lock: Optional[TicketLock]) -> Optional[TicketLock]:
            if lock is not None:
                lock.remove_expired_tickets()
            return lock

        self._change(conversation_id, without_expired)

    def finish_serving(self, conversation_id: Text, ticket_number: int) -> None:
        def served(lock: Optional[TicketLock]) -> Optional[TicketLock]:
            if lock is not None:
                lock.remove_ticket_for(ticket_number)
            return lock

        self._change(conversation_id, served)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        """The ticket done, and the lock deleted if nobody waits, in one step: Rasa's two steps
        could delete a lock another server had just taken a ticket in. Redis gone by then is no
        failure of the message, which is answered and stored: its lock went with Redis (which
        keeps nothing on disk), or its ticket expires with its lifetime."""

        def done(lock: Optional[TicketLock]) -> Optional[TicketLock]:
            if lock is None:
                return None
            lock.remove_ticket_for(ticket_number)
            return lock if lock.is_someone_waiting() else None

        try:
            self._change(conversation_id, done)
        except RedisError as error:
            logger.warning("The conversation's lock could not be released: %s.", type(error).__name__)
