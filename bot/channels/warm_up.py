"""The Rasa server answers its first people as fast as the rest: it says ready only once warm.

Right after `rasa run`, the first messages wait for TensorFlow to build the NLU model's graphs
(several seconds, longer with ten people at once), and each part of the action server met for
the first time (an assessment of a new kind of household, the income question's ranges, the
result and its plan of visits, the catalogs' formatting) builds its caches then. So before the
REST channel's health check says ready (bot/services.py waits for it), a few throwaway
screenings in each language go through the whole path, from a first message that tells a
situation to the result: NLU, dialogue, the action server, the tracker store. Each answers
whatever Iris asks, from its own table; the result's consent questions are left unanswered, so
nothing reaches the observatory or the follow-up. They are deleted at once.
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Dict, List, Tuple

if TYPE_CHECKING:  # the table below is also read by tests in the action server's environment
    from rasa.core.channels.channel import UserMessage

logger = logging.getLogger(__name__)

# A screening never needs more turns than this (14 questions at most, some asked twice).
MAX_TURNS = 30

# (first message, replies to the questions by field, reply to any other field). Three different
# households, so that different rights and ranges are assessed; replies of several kinds (numbers,
# words, yes, no, don't know) and message lengths, since the graphs are built per input size.
SCREENINGS: Tuple[Tuple[str, Dict[str, str], str], ...] = (
    ("Bonjour, je vis seule avec mes deux enfants à Schaerbeek et je touche le chômage", {
        "age": "34 ans", "children_ages": "4 et 9", "monthly_income": "environ 1200",
        "residence_status": "belge", "housing": "je loue un appartement", "energy_debt": "oui un peu",
    }, "non"),
    ("Hallo, ik ben 70 jaar en woon alleen in Anderlecht, ik heb een klein pensioen", {
        "monthly_income": "1300 per maand", "residence_status": "Belg", "housing": "ik huur",
        "heating_oil": "ja, stookolie", "owns_property": "nee",
    }, "nee"),
    ("Hallo", {
        "commune": "1080", "age": "22", "living_with": "bij mijn ouders", "children": "geen",
        "monthly_income": "weet ik niet", "income_sources": "ik werk deeltijds",
    }, "weet niet"),
)


def _has_result(messages: List[Dict[str, Any]]) -> bool:
    return any("result" in (m.get("custom") or {}) for m in messages)


def _asked(messages: List[Dict[str, Any]]) -> str | None:
    """The field Iris asks in its last message, or None once the result has come."""
    if _has_result(messages):
        return None
    return ((messages[-1].get("custom") or {}) if messages else {}).get("ask")


async def warm_up(
    take_turn: Callable[..., Awaitable[Any]],
    on_new_message: Callable[[UserMessage], Awaitable[Any]],
    tracker_store: Any,
) -> None:
    from bot.channels.forget import forget_conversation  # imports Rasa: only where Rasa runs

    started = time.monotonic()
    turns = ended = 0
    for first, replies, otherwise in SCREENINGS:
        sender = f"warm-up-{uuid.uuid4()}"
        try:
            messages = await take_turn(on_new_message, first, sender, "rest", None, tracker_store)
            for _ in range(MAX_TURNS):
                field = _asked(messages)
                if field is None:
                    ended += _has_result(messages)
                    break
                messages = await take_turn(on_new_message, replies.get(field, otherwise), sender, "rest",
                                           None, tracker_store)
                turns += 1
        finally:
            forget_conversation(tracker_store, sender)
    logger.info("Warm in %.1f s: %d of %d warm-up screenings reached their result in %d turns; ready for people.",
                time.monotonic() - started, ended, len(SCREENINGS), turns)
