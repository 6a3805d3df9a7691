from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say
from actions.language import conversation_language, detected_language
from actions.plain_language import PlainLanguageAction
from actions.screening.pending import answer_first


class ActionGreet(PlainLanguageAction):
    """Greets in the language the greeting was written in, and says what Iris does."""

    def name(self) -> Text:
        return "action_greet"

    @answer_first  # "mon salaire" may be read as a greeting: it answers "where does the money come from?"
    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        # A greeting is the clearest sign of the language a person wants, even mid-conversation.
        language = detected_language(tracker) or conversation_language(tracker)
        lines = [
            say(language, "Hello, I am Iris."),
            say(language, "I help you find the social aid you may be entitled to."),
            say(language, "It is free. I do not ask your name."),
            say(language, "You can write in French or in Dutch."),
        ]
        dispatcher.utter_message(text="\n".join(lines), json_message={"language": language})
        return [SlotSet("language", language)]
