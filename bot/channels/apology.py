"""What a person reads when Iris cannot answer their message: the action server is down, slower
than the channel waits, or failed. It is in the conversation's language and says their answers
are kept, which is true: the tracker store holds them, and the next message goes on from there.

Both processes use it: the channels in the Rasa server (bot/channels/turn.py) when no answer
came, and the action server (bot/action_server.py) when an action raised. No Rasa import here.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

from actions.i18n import DEFAULT_LANGUAGE, LANGUAGES, say


def language_of(slots: Optional[Mapping[str, Any]], guess: Optional[str] = None) -> str:
    """The conversation's language slot, else the language the message seems to be in."""
    slot = (slots or {}).get("language")
    if slot in LANGUAGES:
        return slot
    return guess if guess in LANGUAGES else DEFAULT_LANGUAGE


def apology(language: str, reason: str) -> Dict[str, Any]:
    """One bot message; `reason` (no_answer, action_failed) is for the widget and the tests."""
    return {
        "text": say(language, "A small problem on my side. Try again in a minute: I keep your answers."),
        "custom": {"language": language, "error": reason},
    }
