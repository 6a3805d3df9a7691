"""The words that end an SMS or WhatsApp conversation at once: STOP, ARRET, ARRÊT, STOPPEN.

Alone in the message and in any case. The person gets one line of goodbye and nothing more, and
the conversation is deleted. The word tells the language of the goodbye where it can.
"""

from __future__ import annotations

from typing import Optional

STOP_WORDS = {"stop": None, "arret": "fr", "arrêt": "fr", "stoppen": "nl"}
NO_LANGUAGE = ""


def stop_language(text: str) -> Optional[str]:
    """None when `text` is not a stop word; else the word's language, or "" when it has none."""
    word = text.strip().strip(".!").strip().casefold()
    if word not in STOP_WORDS:
        return None
    return STOP_WORDS[word] or NO_LANGUAGE
