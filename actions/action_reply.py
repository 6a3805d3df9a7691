from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.handoff_code import conversation as handoff_code
from actions.plain_language import PlainLanguageAction
from actions.replies import message


class ActionReply(PlainLanguageAction):
    """The one action that reads every message: it asks the reader what the message means, then
    stores the answers, answers the side request, or asks again in other words."""

    def name(self) -> Text:
        return "action_reply"

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        # The handoff code (actions/handoff_code/) is asked for, or its offer answered, before the
        # screening reads the message; it is offered once the questions after the result are over.
        code = handoff_code.reply(dispatcher, tracker)
        if code is not None:
            return code
        events = message.reply(dispatcher, tracker)
        return events + handoff_code.after_reply(dispatcher, tracker, events)
