"""The per-person message limit (bot/channels/limits.py) counted in the cluster's Redis, so that a
person whose messages go to several Rasa servers is limited at the same count as on one.

Each person's count is one Redis key that lives 60 s from their first message of the minute:
SET NX EX makes it, INCR counts, both in one transaction, so no message is counted twice or
lost between servers and no key is left without its expiry. Without a cluster, or while Redis
does not answer, the limit is counted in this server's memory as with one Rasa server: it fails
open (a person's messages are still answered), since Redis being down says nothing about them.
Runs in the Rasa server.
"""

from __future__ import annotations

from typing import Callable, Optional

from bot.channels.limits import MESSAGES_PER_MINUTE, RateLimit
from bot.cluster import shared_redis
from bot.cluster.shared_redis import SharedRedis

WINDOW = 60  # seconds


class SharedRateLimit:
    def __init__(self, per_minute: int = MESSAGES_PER_MINUTE,
                 shared: Callable[[], Optional[SharedRedis]] = shared_redis.current) -> None:
        self.per_minute, self.shared = per_minute, shared
        self.local = RateLimit(per_minute)

    def allow(self, key: str) -> bool:
        """True while `key` has sent at most `per_minute` messages in its current minute."""
        shared = self.shared()
        if shared is None:
            return self.local.allow(key)
        name = shared.key("messages", key)

        def count(client) -> int:
            with client.pipeline(transaction=True) as pipe:
                pipe.set(name, 0, ex=WINDOW, nx=True)
                pipe.incr(name)
                return pipe.execute()[1]

        counted = shared.attempt(count)
        return self.local.allow(key) if counted is None else counted <= self.per_minute
