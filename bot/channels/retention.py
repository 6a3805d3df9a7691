"""How long a conversation is kept after its last message (IRIS_RETENTION_MINUTES), and the timer
that deletes the older ones.

The purge runs on a timer inside the Rasa server, not on the next message: on a quiet night
nothing else would come to delete the evening's conversations. A bad setting ("nan", "-5", "1h")
stops the start with one line naming it, rather than keeping conversations forever unnoticed.
The setting is read here with the standard library alone, so the launcher checks it first.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import time
from typing import Any, Callable, Mapping

VARIABLE = "IRIS_RETENTION_MINUTES"
DEFAULT_MINUTES = 60.0
MAX_MINUTES = 30 * 24 * 60.0
# The purge runs this often, and sooner with a short retention (tests use a few seconds).
LONGEST_PURGE_INTERVAL = 300.0

logger = logging.getLogger(__name__)


def retention_minutes(environ: Mapping[str, str] = os.environ) -> float:
    raw = environ.get(VARIABLE, "").strip()
    if not raw:
        return DEFAULT_MINUTES
    try:
        minutes = float(raw)
    except ValueError:
        minutes = math.nan
    if not (math.isfinite(minutes) and 0 < minutes <= MAX_MINUTES):
        raise ValueError(f"{VARIABLE}={raw!r} is not a number of minutes between 0 and {MAX_MINUTES:g} (e.g. 60).")
    return minutes


def purge_interval(retention_seconds: float) -> float:
    return min(LONGEST_PURGE_INTERVAL, max(1.0, retention_seconds / 4))


async def purge_forever(tracker_store: Any, retention_seconds: float,
                        forget: Callable[[Any, float, float], int]) -> None:
    """Deletes the conversations past the retention, every purge_interval seconds, until cancelled."""
    while True:
        await asyncio.sleep(purge_interval(retention_seconds))
        try:
            deleted = await asyncio.get_running_loop().run_in_executor(
                None, forget, tracker_store, retention_seconds, time.time())
        except Exception as error:  # noqa: BLE001 - the next round tries again
            logger.error("Purging old conversations failed: %s", type(error).__name__)
            continue
        if deleted:
            logger.info("Deleted %d conversation(s) past the retention.", deleted)
