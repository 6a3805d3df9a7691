"""Twilio's message ids seen in the last day, so that a captured signed request cannot be replayed.

A request signed by Twilio stays valid forever (the signature covers the URL and the form, not a
time); replayed, it would put words in a person's conversation and make Iris text them again.
Each incoming message has its own MessageSid, and Twilio retries a failed delivery with the same
one, which is a repeat too.

Each Rasa server remembers the ids it got, in memory: a restart forgets them, which a replay
within the day would need to hit. In a cluster (bot/cluster/shared_redis.py) they are also kept
in Redis for a day (SET NX EX, one step), so a replay sent to another Rasa server is refused too.
While Redis does not answer, this server's memory alone decides. That is failing open for
replays to the other servers, on purpose: failing closed would ignore every SMS of the outage,
and Twilio sends none of them again, so people would get silence. Redis keeps nothing across
its own restart either, and this server's memory still covers what it received.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Callable, Optional

from bot.cluster import shared_redis
from bot.cluster.shared_redis import SharedRedis

DAY = 24 * 3600.0


class SeenIds:
    def __init__(self, keep_for: float = DAY, at_most: int = 200_000,
                 clock: Callable[[], float] = time.monotonic,
                 shared: Callable[[], Optional[SharedRedis]] = shared_redis.current) -> None:
        self.keep_for, self.at_most, self.clock, self.shared = keep_for, at_most, clock, shared
        self._seen: OrderedDict[str, float] = OrderedDict()

    def first_time(self, message_id: str) -> bool:
        """True the first time `message_id` comes within `keep_for` seconds, to this server and,
        in a cluster, to any; remembers it."""
        here = self.first_time_here(message_id)
        shared = self.shared()
        if shared is None:
            return here
        name = shared.key("twilio-message", message_id)
        anywhere = shared.attempt(lambda client: bool(client.set(name, 1, nx=True, ex=int(self.keep_for))))
        return here and anywhere is not False  # None: Redis does not answer

    def first_time_here(self, message_id: str) -> bool:
        now = self.clock()
        while self._seen and (next(iter(self._seen.values())) < now - self.keep_for
                              or len(self._seen) >= self.at_most):
            self._seen.popitem(last=False)
        if message_id in self._seen:
            return False
        self._seen[message_id] = now
        return True
