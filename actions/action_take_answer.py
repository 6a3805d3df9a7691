from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.action_not_understood import ActionNotUnderstood
from actions.audience import for_volunteer
from actions.language import conversation_language
from actions.plain_language import PlainLanguageAction
from actions.screening import messages
from actions.screening.answers import Ambiguous, Understood, interpret, volunteered
from actions.screening.questions import QUESTIONS
from actions.screening.turn import ask_or_conclude, slots_of, store

# After this many replies not understood, the question is skipped as unknown: a person stuck on
# one question must not leave. Its buttons were offered each time.
MAX_MISSES = 2


def answered(slots: dict, field: str) -> bool:
    return slots.get(field) is not None or field in (slots.get("unknown_fields") or ())


def others_given(field: str, given: dict) -> dict:
    """The values a reply gives for fields other than the pending one. While children or their
    ages are asked, "4 et 9 ans" gives ages of children, not the person's age."""
    skip = {field, "age"} if field in ("children", "children_ages") else {field}
    return {f: v for f, v in given.items() if f not in skip}


class ActionTakeAnswer(PlainLanguageAction):
    """Reads the reply to the pending question, stores it, and moves on; else asks again in other words."""

    def name(self) -> Text:
        return "action_take_answer"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        field = tracker.get_slot("asking")
        if field not in QUESTIONS:
            return ActionNotUnderstood().run(dispatcher, tracker, domain)
        language = conversation_language(tracker)
        volunteer = for_volunteer(tracker)
        latest = tracker.latest_message or {}
        text, entities = latest.get("text") or "", latest.get("entities") or []
        answer = interpret(field, text, (latest.get("intent") or {}).get("name"), entities)
        slots = slots_of(tracker)
        offered = volunteered(entities, text, number_asked=QUESTIONS[field].numeric or field == "children_ages")
        if answer is None and offered.get(field) is not None:
            answer = Understood(offered[field])
        given = others_given(field, offered)
        corrected = {f: v for f, v in given.items() if answered(slots, f) and slots.get(f) != v}
        if corrected or (answer is None and given):
            # "non, j'ai 45 ans": the reply corrects an earlier answer (or answers ahead), and its
            # "non" is not the answer to the pending question, which is asked again if still needed.
            events = [event for other, value in given.items() for event in store(slots, other, value)]
            dispatcher.utter_message(text=messages.noted(language))
            return events + ask_or_conclude(dispatcher, slots, language, tracker)
        if isinstance(answer, Ambiguous):
            dispatcher.utter_message(**messages.which_commune(answer.postal_code, answer.communes, language,
                                                              volunteer=volunteer))
            return []
        if answer is not None:
            events = store(slots, field, answer.value)
            events += [event for other, value in given.items() for event in store(slots, other, value)]
            return events + ask_or_conclude(dispatcher, slots, language, tracker)
        misses = int(tracker.get_slot("misses") or 0) + 1
        if misses >= MAX_MISSES:
            dispatcher.utter_message(text=messages.skipped(language))
            events = store(slots, field, None)
            return events + ask_or_conclude(dispatcher, slots, language, tracker)
        dispatcher.utter_message(**messages.question(field, language, again=True, volunteer=volunteer))
        return [SlotSet("misses", misses)]
