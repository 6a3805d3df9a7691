from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.replies import message, restart


class ActionRestart(PlainLanguageAction):
    """Starts the check again from the first question; only the language is kept.

    Rasa routes its reserved intent `restart` to the action of this name itself, so this one
    stays an action of its own; it replaces Rasa's default, which would also forget the language.
    A reply the classifier took for "start again" but that answers the pending question is read
    as an answer instead: starting again would lose every answer.
    """

    def name(self) -> Text:
        return "action_restart"

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        if message.taken_for_restart(tracker):
            return message.reply(dispatcher, tracker)
        return restart.reply(dispatcher, tracker, conversation_language(tracker))
