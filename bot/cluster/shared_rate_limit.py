"""The per-person message limit (bot/channels/limits.py) counted in the cluster's Redis, so that a
person whose messages go to several Rasa servers is limited at the same count as on one.

Each person's messages are one sorted set in Redis, scored by the time Redis itself gives (so
servers whose clocks differ still agree): a script drops the messages older than the window,
refuses when the window is full and otherwise adds this one, in one step, so no message is
counted twice or lost between servers and every key keeps an expiry. The window slides, as in
one server's memory: any 60 s hold at most the limit, including across a minute's edge, which a
counter reset every minute would let a script double. Without a cluster, or while Redis
does not answer, the limit is counted in this server's memory as with one Rasa server: it fails
open (a person's messages are still answered), since Redis being down says nothing about them.
Runs in the Rasa server.
"""

from __future__ import annotations

import os
from typing import Callable, Optional

from bot.channels.limits import MESSAGES_PER_MINUTE, RateLimit
from bot.cluster import shared_redis
from bot.cluster.shared_redis import SharedRedis

WINDOW = 60  # seconds

# KEYS[1] the person's set; ARGV: window in microseconds, limit, a unique member. Returns 1 when
# the message is allowed. Refused messages are not added, as in bot/channels/limits.py.
_SLIDE = """
local now = redis.call('TIME')
local micros = tonumber(now[1]) * 1000000 + tonumber(now[2])
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', micros - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  return 0
end
redis.call('ZADD', KEYS[1], micros, ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000))
return 1
"""


class SharedRateLimit:
    def __init__(self, per_minute: int = MESSAGES_PER_MINUTE,
                 shared: Callable[[], Optional[SharedRedis]] = shared_redis.current,
                 window: float = WINDOW) -> None:
        self.per_minute, self.shared, self.window = per_minute, shared, window
        self.local = RateLimit(per_minute)

    def allow(self, key: str) -> bool:
        """True while `key` has sent fewer than `per_minute` allowed messages in the last minute."""
        shared = self.shared()
        if shared is None:
            return self.local.allow(key)
        name = shared.key("messages", key)

        def slide(client) -> int:
            return client.eval(_SLIDE, 1, name, int(self.window * 1_000_000), self.per_minute, os.urandom(8).hex())

        allowed = shared.attempt(slide)
        return self.local.allow(key) if allowed is None else allowed == 1
