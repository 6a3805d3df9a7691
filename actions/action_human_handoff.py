from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.directory.offices import office_for
from actions.i18n import say
from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.screening.messages import office_lines
from actions.screening.pending import answer_first
from actions.screening.turn import repeat_pending_question


class ActionHumanHandoff(PlainLanguageAction):
    """Points to a person: the CPAS of the person's commune, with its contact where it is known."""

    def name(self) -> Text:
        return "action_human_handoff"

    @answer_first
    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        language = conversation_language(tracker)
        lines = [say(language, "A social worker of the CPAS can help you in person."),
                 say(language, "The CPAS is the social service of your commune.")]
        commune = tracker.get_slot("commune")
        office = office_for(commune) if commune else None
        if office and office.get("has_office"):
            lines.extend(office_lines(office, language))
        else:
            lines.append(say(language, "Tell me your commune and I will give you the address."))
        dispatcher.utter_message(text="\n".join(lines), json_message={"language": language})
        repeat_pending_question(dispatcher, tracker, language)
        return []
