"""A conversation through the actions alone, without Rasa: each action runs on a tracker built
from the slots the earlier actions set, as the action server would receive it."""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.action_reply import ActionReply
from actions.eligibility.profile import BOOL_FIELDS
from tests.actions.conftest import make_tracker


def entities_for(field: str, value: Any) -> list[dict]:
    """The entities the NLU (or a button) gives for a reply that means `value`."""
    if field == "commune":
        return [{"entity": "commune", "value": value}]
    if field in ("age", "children", "monthly_income"):
        return [{"entity": "number", "value": value}]
    if field == "children_ages":
        return [{"entity": "number", "value": age} for age in value] or [{"entity": "option", "value": "none"}]
    if field in BOOL_FIELDS:
        return [{"entity": "option", "value": "yes" if value else "no"}]
    if isinstance(value, list):
        return [{"entity": "option", "value": value[0] if value else "none"}]
    return [{"entity": "option", "value": value}]


class Conversation:
    def __init__(self, language: str, input_channel: str = "rest", metadata: dict | None = None,
                 sender_id: str = "test"):
        self.slots: dict[str, Any] = {"language": language}
        self.input_channel = input_channel
        self.metadata = metadata  # as the channel sets it on every message (messaging kind, sealed address)
        self.sender_id = sender_id
        self.texts: list[str] = []
        self.custom: list[dict] = []

    def run(self, action, text: str = "", intent: str = "inform", entities=None) -> list[dict]:
        tracker = make_tracker(text, slots=dict(self.slots), entities=entities, intent=intent)
        tracker.events = [{"event": "user", "text": text, "input_channel": self.input_channel}]
        tracker.sender_id = self.sender_id
        if self.metadata is not None:
            tracker.latest_message["metadata"] = self.metadata
        dispatcher = CollectingDispatcher()
        for event in action.run(dispatcher, tracker, {}):
            if event.get("event") == "slot":
                self.slots[event["name"]] = event["value"]
            elif event.get("event") == "reset_slots":
                self.slots = {}
        self.texts.extend(m["text"] for m in dispatcher.messages if m.get("text"))
        self.custom.extend(m.get("custom") or {} for m in dispatcher.messages)
        return dispatcher.messages

    def screening(self, profile: dict[str, Any], miss_each_question: bool = False) -> dict:
        """Greets, then answers every question from `profile` until the result; returns it."""
        messages = self.run(ActionReply(), text="bonjour", intent="greet")
        for _ in range(40):
            # The result is the turn's last message but for the observatory's consent question after it.
            result = next((m["custom"]["result"] for m in messages if "result" in (m.get("custom") or {})), None)
            if result is not None:
                return result
            field = self.slots["asking"]
            if miss_each_question:
                self.run(ActionReply(), text="blablabla", intent="nlu_fallback", entities=[])
                field = self.slots["asking"]
            messages = self.run(ActionReply(), entities=entities_for(field, profile[field]))
        raise AssertionError("the screening did not end")
