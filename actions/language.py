"""Which language to answer in, from the conversation's slot and the latest message."""

from __future__ import annotations

from typing import Optional

from rasa_sdk import Tracker

from actions.i18n import DEFAULT_LANGUAGE, LANGUAGES


def _latest_entity(tracker: Tracker, name: str) -> Optional[str]:
    for entity in tracker.latest_message.get("entities", []) or []:
        if entity.get("entity") == name and entity.get("value") in LANGUAGES:
            return entity["value"]
    return None


def requested_language(tracker: Tracker) -> Optional[str]:
    """The language the latest message explicitly asks for, if any."""
    return _latest_entity(tracker, "language")


def detected_language(tracker: Tracker) -> Optional[str]:
    """The language the latest message is written in, if it tells."""
    return _latest_entity(tracker, "detected_language")


def conversation_language(tracker: Tracker) -> str:
    """The language of the conversation: the slot once set, else the latest message's."""
    slot = tracker.get_slot("language")
    if slot in LANGUAGES:
        return slot
    return detected_language(tracker) or DEFAULT_LANGUAGE
