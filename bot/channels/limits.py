"""Limits on what one person can send, answered in plain words rather than refused in silence.

A message over 2,000 characters is not a screening answer, and a person who sends more than 30
messages a minute is most likely a script: either would hold Rasa's single event loop for the
others. Both get one plain sentence in the conversation's language, on every channel (SMS and
Telegram too, where a refusal would be silence). Counted per sender id, in the Rasa server; the
web page also limits per address (bot/web_server.py).
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from typing import Callable, Deque, Dict, Optional

from actions.i18n import say

MAX_TEXT_LENGTH = 2000
MESSAGES_PER_MINUTE = 30


class RateLimit:
    """At most `per_minute` events a key within any 60 s; remembers at most `keys` keys."""

    def __init__(self, per_minute: int = MESSAGES_PER_MINUTE, keys: int = 100_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute, self.keys, self.clock = per_minute, keys, clock
        self._times: "OrderedDict[str, Deque[float]]" = OrderedDict()

    def allow(self, key: str) -> bool:
        now = self.clock()
        times = self._times.pop(key, None) or deque()
        while times and times[0] <= now - 60:
            times.popleft()
        self._times[key] = times  # most recent last, so the idlest go first
        while len(self._times) > self.keys:
            self._times.popitem(last=False)
        if len(times) >= self.per_minute:
            return False
        times.append(now)
        return True


def refusal(text: str, allowed: bool) -> Optional[str]:
    """Why this message is not handed to Rasa ("too_long", "too_many"), or None."""
    if len(text) > MAX_TEXT_LENGTH:
        return "too_long"
    return None if allowed else "too_many"


def plain_reply(reason: str, language: str) -> Dict[str, object]:
    texts = {
        "too_long": say(language, "Your message is too long. Please write it in a few shorter messages."),
        "too_many": say(language, "Too many messages at once. Wait a minute, then write again."),
    }
    return {"text": texts[reason], "custom": {"language": language, "error": reason}}
