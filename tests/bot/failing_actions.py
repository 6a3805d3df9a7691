"""An actions package whose one action fails, for tests/bot/test_action_server.py: Iris's action
server serves it instead of actions/ (`--actions tests.bot.failing_actions`)."""

from rasa_sdk import Action


class ActionReplyThatFails(Action):
    def name(self) -> str:
        return "action_reply"

    def run(self, dispatcher, tracker, domain):
        # The error's message carries the person's words, as real errors often carry values.
        raise ValueError(f"cannot read {tracker.latest_message.get('text')!r}")
