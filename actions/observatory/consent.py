"""What a reply to the observatory's two questions means. Pure: no Rasa, no catalogs.

- The consent question: only a clear yes is a yes. No, "I'd rather not say" and "I don't know"
  are no; anything else is not understood (the question comes again once, with examples, and a
  second reply not understood is a no). Saying no stores nothing, so a doubt must never be a yes.
- "Did you know these aids before today?": no (non-connaissance), yes but not asked
  (non-demande), yes and asked (non-réception), or skipped.
"""

from __future__ import annotations

from typing import Any, Mapping

from nlu.lexicon import find
from nlu.lexicon.answers import find_answer

YES, NO = "yes", "no"
SKIP = "skip"
NOT_YES = ("no", "rather_not_say", "dont_know")


def _option(parse: Mapping[str, Any]) -> str | None:
    options = [e.get("value") for e in parse.get("entities") or () if e.get("entity") == "option"]
    return options[0] if options else None


def _answer(text: str, parse: Mapping[str, Any]) -> str | None:
    """The NLU's answer entity, or the lexicon's reading of the text when the NLU gave none."""
    answers = [e.get("value") for e in parse.get("entities") or () if e.get("entity") == "answer"]
    if answers:
        return answers[0]
    found = find_answer(text)
    return found["value"] if found else None


def read_consent(text: str, parse: Mapping[str, Any]) -> str | None:
    """YES, NO, or None when not understood."""
    option = _option(parse)
    if option is not None:
        return YES if option == YES else NO if option in NOT_YES else None
    answer = _answer(text, parse)
    if answer == YES:
        return YES
    return NO if answer in NOT_YES else None


def read_reason(text: str, parse: Mapping[str, Any]) -> str | None:
    """not_known, not_asked, not_received, SKIP, or None when not understood."""
    option = _option(parse)
    if option is not None:
        if option in ("rather_not_say", "dont_know"):
            return SKIP
        return option if option in ("not_known", "not_asked", "not_received") else None
    found = find("reasons", text)
    asked = [f for f in found if f.value == "asked"]
    if asked:
        # "Oui, mais je ne les ai pas demandées": asked, turned round by its negation.
        return "not_received" if any(not f.negated for f in asked) else "not_asked"
    if any(f.value == "not_known" or (f.value == "known" and f.negated) for f in found):
        return "not_known"
    answer = _answer(text, parse)
    if answer == "no":
        return "not_known"
    if answer in ("rather_not_say", "dont_know"):
        return SKIP
    return None  # "oui" alone: known, but asked or not is not said
