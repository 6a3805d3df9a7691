"""A first message that names a right ("est-ce que j'ai droit à la GRAPA ?"): what it depends
on, before the questions that settle it."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import say
from actions.screening.explanations import explanation
from actions.screening.messages import topic_lines
from actions.screening.vocabulary import RIGHT_NAMES, words


def reply(dispatcher: CollectingDispatcher, assessment: dict, right_id: str, language: str) -> None:
    right = next(r for r in assessment["rights"] if r["id"] == right_id)
    if right["status"] == "unknown":
        lines = [words(RIGHT_NAMES, right_id, language)]
        lines.extend(topic_lines(right.get("depends_on") or (), language)
                     or [say(language, "It depends on your answers.")])
        lines.append(say(language, "I ask you a few questions to find out."))
    else:
        lines = explanation(right, language)
        if right["status"] == "eligible":  # no result exists yet, so the verdict does not point to it
            lines[1] = say(language, "You can ask for this right.")
    dispatcher.utter_message(text="\n".join(lines), json_message={"language": language, "right_named": right_id})
