"""Delete my data: the answers are forgotten at once, and the channel deletes the conversation."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import AllSlotsReset
from rasa_sdk.executor import CollectingDispatcher

from actions.deletion import DELETED
from actions.followup import conversation as followup
from actions.i18n import say


def reply(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> list[dict]:
    followup.forget(tracker.sender_id)  # the address kept for day 14 goes too
    lines = [
        say(language, "Your answers are deleted. Nothing of this conversation is kept."),
        say(language, "Write to me again whenever you want to start a new check."),
    ]
    dispatcher.utter_message(text="\n".join(lines), json_message={DELETED: True, "language": language})
    return [AllSlotsReset()]
