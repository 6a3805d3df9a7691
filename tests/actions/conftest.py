"""Builders for action tests: a tracker snapshot as Rasa would send it to the action server."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


def make_tracker(text: str = "", slots: dict[str, Any] | None = None,
                 entities: list[dict[str, Any]] | None = None, intent: str = "greet") -> Tracker:
    return Tracker(
        sender_id="test",
        slots=slots or {},
        latest_message={"text": text, "intent": {"name": intent, "confidence": 1.0},
                        "entities": entities or []},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def language_entity(name: str, value: str) -> dict[str, Any]:
    return {"entity": name, "value": value, "extractor": "LanguageDetector"}


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()
