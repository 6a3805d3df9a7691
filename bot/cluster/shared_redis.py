"""The Redis that the Rasa servers of a cluster share, for what they must count together: the
messages a minute of each person (bot/cluster/shared_rate_limit.py) and the Twilio message ids
already received (bot/channels/replay.py).

It is the lock store's own Redis: the cluster's lock store (bot/cluster/lock_store.py) hands its
connection settings here when Rasa makes it from the endpoints. Without that lock store (make
run: one Rasa server) there is none, and each counts in its own memory as before. Runs in the
Rasa server.
"""

from __future__ import annotations

import logging
from typing import Callable, Optional, TypeVar

import redis

# Redis answers a local or same-network command in well under a millisecond; the calls here are
# synchronous in Rasa's event loop, so an unreachable Redis may hold every conversation only this
# long before the caller falls back to its own memory.
TIMEOUT = 0.5

logger = logging.getLogger(__name__)
T = TypeVar("T")

_shared: Optional["SharedRedis"] = None


class SharedRedis:
    def __init__(self, client: redis.Redis, prefix: str) -> None:
        self.client, self.prefix = client, prefix
        self.down = False  # said once when Redis stops answering, once when it answers again

    def attempt(self, command: Callable[[redis.Redis], T]) -> Optional[T]:
        """What `command` returns, or None when Redis does not answer: the caller then counts in
        its own memory. The client connects again by itself once Redis is back."""
        try:
            result = command(self.client)
        except redis.RedisError as error:
            if not self.down:
                logger.warning("Redis does not answer (%s): each Rasa server counts on its own until it does.",
                               type(error).__name__)
            self.down = True
            return None
        if self.down:
            logger.warning("Redis answers again: the Rasa servers count together again.")
        self.down = False
        return result

    def key(self, kind: str, name: str) -> str:
        """iris:<kind>:<name>, beside the locks' iris:lock:<conversation>."""
        return f"{self.prefix}{kind}:{name}"


def share(lock_store_client: redis.Redis, lock_prefix: str) -> None:
    """Called by the lock store: a client of its Redis with short timeouts, and its key prefix
    without the locks' part ("iris:lock:" gives "iris:")."""
    global _shared
    pool = lock_store_client.connection_pool
    settings = {**pool.connection_kwargs, "socket_timeout": TIMEOUT, "socket_connect_timeout": TIMEOUT}
    client = redis.Redis(connection_pool=redis.ConnectionPool(connection_class=pool.connection_class, **settings))
    _shared = SharedRedis(client, lock_prefix.removesuffix("lock:"))


def current() -> Optional[SharedRedis]:
    """The cluster's Redis, or None on a single Rasa server."""
    return _shared
