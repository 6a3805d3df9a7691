"""What the person reads of the handoff code: the offer, the code, the no, and the failure.
Every sentence comes from the catalogs; a volunteer at a terminal is spoken to about "the
person"."""

from __future__ import annotations

import datetime
import json
from typing import Any

from actions.handoff_code.code import shown
from actions.i18n import say, say_for
from actions.screening.messages import day

OPTIONS = ("yes", "no")


def offer(language: str, *, volunteer: bool = False, again: bool = False) -> dict[str, Any]:
    """The opt-in question, with what the code shows and how long it lives; `again` after a reply
    not understood."""
    lines = [say(language, "Sorry, I did not understand your answer.")] if again else []
    if volunteer:
        lines += [say_for(language, "volunteer", "Does the person want a code to show at the CPAS?"),
                  say_for(language, "volunteer", "With the code, the CPAS sees the answers and the plan, not the messages.")]
    else:
        lines += [say(language, "Do you want a code to show at the CPAS?"),
                  say(language, "With the code, the CPAS sees your answers and your plan, not your messages.")]
    lines.append(say(language, "The code works for 7 days, twice at most."))
    if again:
        lines.append(say(language, "Answer yes or no."))
    choices = [("yes", say(language, "Yes")), ("no", say(language, "No"))]
    return {"text": "\n".join(lines),
            "buttons": [{"title": label, "payload": "/inform" + json.dumps({"option": value})} for value, label in choices],
            # Not a profile field, so not the contract's `ask`: the widget and the tests read it.
            "json_message": {"handoff_code": "offer", "options": list(OPTIONS), "language": language}}


def given(code: str, expires_at: int, language: str, *, volunteer: bool = False) -> dict[str, Any]:
    """The code, until when it works, and that it opens twice."""
    until = datetime.datetime.fromtimestamp(expires_at, datetime.timezone.utc).date().isoformat()
    lines = [say_for(language, "volunteer", "The person's code: {code}", code=shown(code)) if volunteer
             else say(language, "Your code: {code}", code=shown(code)),
             say(language, "Show it at the CPAS before {date}.", date=day(until, language)),
             say(language, "The CPAS can open it twice. Then it is deleted.")]
    return {"text": "\n".join(lines),
            "json_message": {"handoff_code": {"code": shown(code), "expires": until}, "language": language}}


def declined(language: str) -> str:
    return say(language, "All right, no code.")


def failed(language: str) -> str:
    return say(language, "Sorry, the code could not be made. Show your plan instead.")
