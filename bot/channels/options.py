"""A bot message's options (its buttons) on channels that only carry text, and the person's reply
to them: "2" or the option's own words become that option's payload, as a tap on a button would.

The options of the last message sent are read back from the conversation's last bot event, so
no state is kept beside the tracker store. Pure functions on Rasa's message dicts.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from actions.screening.questions import DONT_KNOW, RATHER_NOT_SAY
from nlu.lexicon import normalize

# Options that only offer "I don't know" or "I'd rather not say" belong to a question answered
# in the person's own words, often a number (age, income, children): there, "2" means two.
ANSWERS_OF_EVERY_QUESTION = frozenset({DONT_KNOW, RATHER_NOT_SAY})
ONE_LINE_UP_TO = 40
_NUMBER_REPLY = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s*$")


def _counts(message: dict[str, Any]) -> bool:
    """The options are numbers themselves (how many children: 0, 1, 2, 3, 4 or more)."""
    options = (message.get("custom") or {}).get("options")
    return isinstance(options, list) and any(isinstance(o, str) and o.isdigit() for o in options)


def numbered(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The buttons of `message` that get a number, or [] when a number in reply is an answer."""
    buttons = [b for b in message.get("buttons") or [] if b.get("title") and b.get("payload")]
    options = (message.get("custom") or {}).get("options")
    if isinstance(options, list) and options and set(options) <= ANSWERS_OF_EVERY_QUESTION:
        return []
    if _counts(message):
        return []  # "2" is two children, not the second option
    return buttons


def options_text(buttons: list[dict[str, Any]]) -> str:
    """ "1 Oui  2 Non  3 Je ne sais pas" on one line when short, else one option a line."""
    items = [f"{number} {button['title']}" for number, button in enumerate(buttons, start=1)]
    line = "  ".join(items)
    return line if len(line) <= ONE_LINE_UP_TO else "\n".join(items)


def with_options(message: dict[str, Any], numbers: bool = True) -> str:
    """The message's text followed by its numbered options; with `numbers` False, its options
    one a line without numbers, to be written out."""
    text = (message.get("text") or "").strip()
    buttons = numbered(message)
    if buttons and not numbers:
        return "\n".join([text, *(f"– {button['title']}" for button in buttons)]) if text else \
            "\n".join(f"– {button['title']}" for button in buttons)
    if not buttons:
        if _counts(message):
            # The numbers are the answers: shown as they are, to be typed.
            titles = [b["title"] for b in message.get("buttons") or [] if b.get("title")]
            return f"{text}\n{'  '.join(titles)}" if titles else text
        return text
    return f"{text}\n{options_text(buttons)}" if text else options_text(buttons)


def _same(a: str, b: str) -> bool:
    # Phones make accents and capitals a chore: "je ne sais pas" is "Je ne sais pas".
    return normalize(a) == normalize(b)


def reply_payload(
    text: str, last_message: Optional[dict[str, Any]], *, numbers: bool = True
) -> Optional[str]:
    """The payload `text` stands for: an option's number (where options were shown numbered), or
    an option's title written out, as a tap on a reply keyboard sends it."""
    if not last_message:
        return None
    buttons = numbered(last_message)
    match = _NUMBER_REPLY.match(text) if numbers else None
    if match:
        number = int(match.group(1))
        return buttons[number - 1]["payload"] if 1 <= number <= len(buttons) else None
    for button in last_message.get("buttons") or []:
        if button.get("title") and button.get("payload") and _same(text, button["title"]):
            return button["payload"]
    return None


def turn_text(messages: list[dict[str, Any]]) -> str:
    """A turn's messages as one text, only the last message with options numbered: a number in
    reply answers the last message (`reply_payload`), so a second numbered list in the same turn
    (the result's "what now", then the question after it) would make "1" mean two things."""
    last = max((i for i, m in enumerate(messages) if numbered(m)), default=None)
    return "\n".join(t for t in (with_options(m, numbers=i == last) for i, m in enumerate(messages)) if t)
