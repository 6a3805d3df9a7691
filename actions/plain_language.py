"""Every abbreviation is explained the first time a conversation uses it.

"CPAS", "BIM" or "GRAPA" mean nothing to many people, and they appear in many messages (right
names, offices, examples). Rather than explain them in every message, each action's messages go
through `ExplainingDispatcher`: the first message of the conversation that uses an abbreviation
without its meaning gets the meaning added in brackets, and the slot `explained` remembers it,
so later messages stay short. A message that already carries the meaning counts as explaining it.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say
from actions.language import conversation_language
from actions.screening.vocabulary import N_

SLOT = "explained"

# Per language, the abbreviations that language's messages use, and their meaning.
ABBREVIATIONS: dict[str, dict[str, str]] = {
    "fr": {
        "CPAS": N_("the social service of your commune"),
        "BIM": N_("better reimbursement of health care"),
        "GRAPA": N_("income guarantee for older people"),
        "STIB": N_("the Brussels buses, trams and metro"),
        "APA": N_("allowance for help to older people"),
    },
    "nl": {
        "OCMW": N_("the social service of your commune"),
        "IGO": N_("income guarantee for older people"),
        "MIVB": N_("the Brussels buses, trams and metro"),
        "THAB": N_("allowance for help to older people"),
        "OVM": N_("public company that rents out social homes"),
    },
}


def _pattern(abbreviation: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(abbreviation)}(?![\w-])")


def explains(text: str, abbreviation: str, language: str) -> bool:
    """True when `text` gives the meaning of `abbreviation` itself."""
    meaning = say(language, ABBREVIATIONS[language][abbreviation]).lower()
    return meaning in text.lower() or re.search(rf"\([^()]*{re.escape(abbreviation)}\)", text) is not None


def explain_first_use(text: str, language: str, explained: set[str]) -> str:
    """`text` with the meaning added after each abbreviation not yet explained; updates `explained`."""
    for abbreviation, meaning in ABBREVIATIONS.get(language, {}).items():
        if abbreviation in explained:
            continue
        found = _pattern(abbreviation).search(text)
        if found is None:
            continue
        if not explains(text, abbreviation, language):
            end = found.end()
            plural = re.match(r"['’]s\b", text[end:])   # "OVM's": the meaning goes after the "'s"
            if plural:
                end += plural.end()
            text = f"{text[:end]} ({say(language, meaning)}){text[end:]}"
        explained.add(abbreviation)
    return text


class ExplainingDispatcher(CollectingDispatcher):
    """Collects an action's messages, explaining abbreviations on their first use."""

    def __init__(self, tracker: Tracker) -> None:
        super().__init__()
        self.language = conversation_language(tracker)
        self.before = set(tracker.get_slot(SLOT) or ())
        self.explained = set(self.before)

    def utter_message(self, text: Text | None = None, **kwargs: Any) -> None:
        if text:
            language = (kwargs.get("json_message") or {}).get("language") or self.language
            text = explain_first_use(text, language, self.explained)
        super().utter_message(text=text, **kwargs)

    def events(self) -> List[Dict[Text, Any]]:
        return [SlotSet(SLOT, sorted(self.explained))] if self.explained != self.before else []


class PlainLanguageAction(Action, ABC):
    """An action whose messages explain abbreviations on first use: subclasses write `respond`.
    Abstract, so the action server does not register it as an action of its own."""

    @abstractmethod
    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        raise NotImplementedError

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        explaining = ExplainingDispatcher(tracker)
        events = self.respond(explaining, tracker, domain)
        dispatcher.messages.extend(explaining.messages)
        return list(events) + explaining.events()
