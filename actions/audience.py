"""Who reads, and where: the person or a volunteer at an association's shared terminal, and on
a channel where every character costs (SMS) or not.

The web widget in terminal mode sends `{"mode": "terminal"}` as the REST message's metadata with
every message (bot/channels/rest.py keeps that key only). Reading it on each turn, rather than
keeping it in a slot, means a conversation carries nothing of the terminal into its tracker.
"""

from __future__ import annotations

from rasa_sdk import Tracker

TERMINAL = "terminal"


def _metadata(tracker: Tracker) -> dict:
    """The latest message's metadata, as the channels set it; {} when absent or not a mapping."""
    metadata = (tracker.latest_message or {}).get("metadata")
    return metadata if isinstance(metadata, dict) else {}


def for_volunteer(tracker: Tracker) -> bool:
    return _metadata(tracker).get("mode") == TERMINAL


# Twilio carries SMS, where every 153 characters cost a segment, and WhatsApp, where they do not;
# Rasa's name of it, and the metadata key its channel (bot/channels/twilio_messaging.py) sets.
BRIEF_CHANNELS = ("twilio",)
WHATSAPP = "whatsapp"


def wants_brief(tracker: Tracker) -> bool:
    """True when the person reads SMS, where long messages cost: the result is shorter."""
    if tracker.get_latest_input_channel() not in BRIEF_CHANNELS:
        return False
    return _metadata(tracker).get("messaging") != WHATSAPP
