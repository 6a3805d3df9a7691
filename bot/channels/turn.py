"""One turn of a conversation, the same on every channel: hand the text to Rasa, collect each bot
message whole, delete the conversation when the person asked, and never answer with silence.
The message text is never logged.
"""

from __future__ import annotations

import logging
from asyncio import CancelledError
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.shared.core.events import BotUttered

from actions.deletion import DELETED
from bot.channels import action_response_check, action_timeout, admission, quiet_logs
from bot.channels.apology import apology, language_of
from bot.channels.limits import MAX_TEXT_LENGTH, plain_reply, refusal
from bot.channels.forget import forget_conversation
from bot.cluster.shared_rate_limit import SharedRateLimit
from nlu.components.language_detector import detect_language

logger = logging.getLogger(__name__)
action_response_check.install()  # every channel of the Rasa server takes its turns here
action_timeout.install()
SENDERS = SharedRateLimit()  # per sender id, on every channel; in a cluster, across its Rasa servers
quiet_logs.install()

class WholeMessageCollector(CollectingOutputChannel):
    """Collects each bot message as one entry: text, buttons and custom payload together."""

    @classmethod
    def name(cls) -> Text:
        return "collector"

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        entry: Dict[Text, Any] = {"recipient_id": recipient_id}
        for key in ("text", "buttons", "custom", "image", "attachment"):
            if message.get(key) is not None:
                entry[key] = message[key]
        if message.get("quick_replies") and "buttons" not in entry:
            entry["buttons"] = message["quick_replies"]
        await self._persist_message(entry)


async def take_turn(
    on_new_message: Callable[[UserMessage], Awaitable[Any]],
    text: str,
    sender_id: str,
    channel: str,
    metadata: Optional[Dict[Text, Any]],
    tracker_store: Any,
) -> List[Dict[Text, Any]]:
    """The bot's messages in answer to `text`, each whole, in order."""
    refused = refusal(text, SENDERS.allow(sender_id))
    if refused is not None:
        language = await language_for(tracker_store, sender_id, text[:MAX_TEXT_LENGTH])
        return [{"recipient_id": sender_id, **plain_reply(refused, language)}]
    collector = WholeMessageCollector()
    try:
        # A few turns at a time on every channel (REST, SMS, WhatsApp, Telegram); the others
        # queue before any work (bot/channels/admission.py).
        async with admission.gate():
            await on_new_message(
                UserMessage(text, collector, sender_id, input_channel=channel, metadata=metadata)
            )
    except CancelledError:
        logger.error("%s message timed out (text not logged).", channel)
    except Exception as error:  # noqa: BLE001 - the person must still get an answer
        logger.error("%s message failed: %s (text not logged).", channel, type(error).__name__)
    if any((m.get("custom") or {}).get(DELETED) for m in collector.messages):
        forget_conversation(tracker_store, sender_id)
    if not collector.messages:
        # Rasa answers nothing when the action server is down or too slow: never silence.
        language = await language_for(tracker_store, sender_id, text)
        collector.messages.append({"recipient_id": sender_id, **apology(language, "no_answer")})
    return collector.messages


async def language_for(tracker_store: Any, sender_id: str, text: str) -> str:
    """The conversation's language, else the message's, for a reply made without Rasa."""
    try:
        tracker = await tracker_store.retrieve(sender_id)
    except Exception as error:  # noqa: BLE001 - the reply must not fail too
        logger.error("Reading the conversation's language failed: %s", type(error).__name__)
        tracker = None
    return language_of(tracker.current_slot_values() if tracker is not None else {}, detect_language(text))


async def last_bot_message(tracker_store: Any, sender_id: str) -> Optional[Dict[Text, Any]]:
    """The last message the bot sent in this conversation (text, buttons, custom), if any."""
    tracker = await tracker_store.retrieve(sender_id)
    if tracker is None:
        return None
    for event in reversed(tracker.events):
        if isinstance(event, BotUttered):
            return {"text": event.text, **(event.data or {})}
    return None

