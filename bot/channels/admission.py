"""At most a few turns at a time inside a Rasa server; the others wait before any work is done.

A Rasa server is one event loop. When more people write than it can answer, every turn started
shares the loop with all the others, so each takes longer, until the call to the action server
passes its 5 s (bot/channels/action_timeout.py). Rasa then drops that turn's work and the person
gets the apology and sends again: work done twice, answered never. Measured with 100 people at
once on 2 busy cores (2026-12-03), 292 of 565 turns ended in the apology. Turns let in a few at a
time finish within the timeout, and the others queue before any work: slower, not lost.

Eight at a time: the action server's part of a turn (about 40 ms, profiled) overlaps with the
understanding of others, and eight slow turns still end well within the action server's 5 s.
"""

from __future__ import annotations

import asyncio
import weakref

TURNS_AT_ONCE = 8

# One gate per event loop: a semaphore belongs to the loop it first waited in, and the tests
# run several loops one after the other.
_gates: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore]" = weakref.WeakKeyDictionary()


def gate() -> asyncio.Semaphore:
    """The running loop's gate: `async with gate():` around a turn."""
    loop = asyncio.get_running_loop()
    if loop not in _gates:
        _gates[loop] = asyncio.Semaphore(TURNS_AT_ONCE)
    return _gates[loop]
