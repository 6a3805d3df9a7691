"""Talk to a person: the CPAS of the person's commune, with its contact where it is known."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.directory.offices import office_for
from actions.i18n import say
from actions.screening.messages import office_lines


def reply(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> list[dict]:
    lines = [say(language, "A social worker of the CPAS can help you in person."),
             say(language, "The CPAS is the social service of your commune.")]
    commune = tracker.get_slot("commune")
    office = office_for(commune) if commune else None
    if office and office.get("has_office"):
        lines.extend(office_lines(office, language))
    else:
        lines.append(say(language, "Tell me your commune and I will give you the address."))
    dispatcher.utter_message(text="\n".join(lines), json_message={"language": language})
    return []
