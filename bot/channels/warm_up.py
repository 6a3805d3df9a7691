"""The Rasa server answers its first people as fast as the rest: it says ready only once warm.

Right after `rasa run`, the first messages wait for TensorFlow to build the NLU model's graphs
(several seconds, longer with ten people at once). So before the REST channel's health check says
ready (bot/services.py waits for it), a few throwaway conversations in each language go through
the whole path: NLU, dialogue, the action server, the tracker store. They are deleted at once.
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage

from bot.channels.forget import forget_conversation

logger = logging.getLogger(__name__)

# A first message, answers of several kinds, and a long one: the graphs are built per input size.
CONVERSATIONS = (
    ("Bonjour", "Je vis seule avec mes deux enfants à Schaerbeek et je touche le chômage", "1200",
     "oui", "je ne sais pas"),
    ("Hallo", "Ik ben 70 jaar en woon alleen in Anderlecht, ik heb een klein pensioen", "geen",
     "nee", "ja"),
)


async def warm_up(
    take_turn: Callable[..., Awaitable[Any]],
    on_new_message: Callable[[UserMessage], Awaitable[Any]],
    tracker_store: Any,
) -> None:
    started = time.monotonic()
    for messages in CONVERSATIONS:
        sender = f"warm-up-{uuid.uuid4()}"
        for text in messages:
            await take_turn(on_new_message, text, sender, "rest", None, tracker_store)
        forget_conversation(tracker_store, sender)
    logger.info("Warm in %.1f s: ready for people.", time.monotonic() - started)
