from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say
from actions.language import conversation_language, requested_language
from actions.plain_language import PlainLanguageAction


class ActionSwitchLanguage(PlainLanguageAction):
    """Continues in the language the person asked for; the answers given so far are kept."""

    def name(self) -> Text:
        return "action_switch_language"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        current = conversation_language(tracker)
        # "Nederlands" names the target; a bare "other language" request toggles.
        language = requested_language(tracker) or ("nl" if current == "fr" else "fr")
        dispatcher.utter_message(
            text=say(language, "All right, we continue in this language."),
            json_message={"language": language},
        )
        return [SlotSet("language", language)]
