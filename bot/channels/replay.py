"""Twilio's message ids seen in the last day, so that a captured signed request cannot be replayed.

A request signed by Twilio stays valid forever (the signature covers the URL and the form, not a
time); replayed, it would put words in a person's conversation and make Iris text them again.
Each incoming message has its own MessageSid, and Twilio retries a failed delivery with the same
one, which is a repeat too. Kept in memory: a restart forgets them, which a replay within the
retention would need to hit; one Rasa server per Twilio number (issue 12 moves this to Redis for
several).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Callable

DAY = 24 * 3600.0


class SeenIds:
    def __init__(self, keep_for: float = DAY, at_most: int = 200_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.keep_for, self.at_most, self.clock = keep_for, at_most, clock
        self._seen: OrderedDict[str, float] = OrderedDict()

    def first_time(self, message_id: str) -> bool:
        """True the first time `message_id` comes within `keep_for` seconds; remembers it."""
        now = self.clock()
        while self._seen and (next(iter(self._seen.values())) < now - self.keep_for
                              or len(self._seen) >= self.at_most):
            self._seen.popitem(last=False)
        if message_id in self._seen:
            return False
        self._seen[message_id] = now
        return True
