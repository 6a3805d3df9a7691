"""A person answering a screening through the running bot, from a table of replies.

The bot chooses the questions (the engine's most useful one first), and their order and number
change as the engine improves, so a household is a table `field -> reply` and the driver answers
whatever field the bot asks (`{"ask": field}`) until the result (`{"result": ...}`) comes. A reply
may be a list: its items answer the same field each time it is asked again. A field asked again
with a single reply means the bot did not understand it, which fails the test with the whole
conversation, since a household's replies are meant to be understood the first time.
"""

from __future__ import annotations

from dataclasses import dataclass, field as dataclass_field

import pytest

from actions.i18n import say

# Far above any screening (17 fields at most, and the goal is a median of 10 questions).
MAX_TURNS = 30


@dataclass
class Screening:
    """What a screening left: the result payload, the fields asked in order, every bot message."""

    result: dict
    asked: list[str]
    messages: list[dict]
    last_turn: list[dict]                  # the messages that carried the result
    transcript: list[str] = dataclass_field(default_factory=list)
    details: list[dict] = dataclass_field(default_factory=list)  # the reply to "détails" after it

    @property
    def statuses(self) -> dict[str, str]:
        return {right["id"]: right["status"] for right in self.result["rights"]}

    @property
    def profile(self) -> dict:
        return self.result["profile"]

    @property
    def result_text(self) -> str:
        """The text of the result messages, the last turn's (the plan of visits, offices and
        documents), and of the details of each right asked for after it."""
        return "\n".join(m.get("text", "") for m in self.last_turn + self.details)

    def block(self, right_name: str) -> str:
        """The lines the result (or its details) gives one right: its name, summary, amount,
        office. The name is matched at the start of the line, as a name may carry an explanation
        after it ("Revenu d'intégration du CPAS (le service social de votre commune)")."""
        for message in self.details + self.last_turn:
            lines = (message.get("text") or "").split("\n")
            for start, line in enumerate(lines):
                if line.startswith(f"• {right_name}"):
                    end = start + 1
                    while end < len(lines) and lines[end] != "" and not lines[end].startswith("• "):
                        end += 1
                    return "\n".join(lines[start:end])
        pytest.fail(f"{right_name!r} is not named in the result:\n{self.result_text}")

    @property
    def language(self) -> str:
        return self.result_message["custom"]["language"]

    @property
    def result_message(self) -> dict:
        return next(m for m in self.last_turn if "result" in (m.get("custom") or {}))

    def where(self, right_name: str) -> str:
        """The office the result sends the person to for one right ("" if it names none)."""
        prefix = say(self.language, "Where: {office}.", office="\0").split("\0")[0]
        lines = [line for line in self.block(right_name).split("\n") if line.startswith(prefix)]
        return lines[0][len(prefix):] if lines else ""

    def heading_of(self, right_name: str) -> str:
        """The first line of the result message that names the right: its group or condition."""
        block = self.block(right_name)
        return next(m["text"].split("\n", 1)[0] for m in self.details + self.last_turn if block in (m.get("text") or ""))

    def section(self, heading: str) -> str:
        """The result message that starts with `heading` ("" if the result has no such group)."""
        for message in self.details + self.last_turn:
            if (message.get("text") or "").startswith(heading):
                return message["text"]
        return ""

    def told_if(self, field: str, value: bool) -> list[str]:
        """The rights the result lists under "if <field> is <value>" (a yes/no question not asked)."""
        key = f"{field}={str(value).lower()}"
        return [right for condition in self.result.get("conditions") or ()
                if condition["condition"] == key for right in condition["rights"]]

    def conversation(self) -> str:
        return "\n".join(self.transcript)


def assert_right(screening: Screening, right: str, status: str, *,
                 unless_told_if: tuple[str, bool] | None = None) -> None:
    """`right` has `status`. A yes/no question that can change one right only may be left unasked,
    the result saying "if ..." instead: then, for `unless_told_if` = (that field, the household's
    answer), the right stays unknown and must be listed under that condition."""
    if unless_told_if is not None and unless_told_if[0] not in screening.asked:
        field, value = unless_told_if
        assert screening.statuses[right] == "unknown", (right, screening.statuses[right])
        assert right in screening.told_if(field, value), (
            f"{right} neither decided nor told under {field}={value}: {screening.result.get('conditions')}")
        return
    assert screening.statuses[right] == status, (right, screening.statuses[right])


def _show(messages: list[dict]) -> list[str]:
    return [f"  bot: {m.get('text', '')!r} {m.get('custom', {})}" for m in messages]


def answer_until_result(person, messages: list[dict], replies: dict[str, str | list[str]],
                        transcript: list[str] | None = None) -> Screening:
    """Answers each question of `messages` and the ones after it from `replies`, to the result."""
    transcript = list(transcript or []) + _show(messages)
    everything = list(messages)
    asked: list[str] = []
    for _ in range(MAX_TURNS):
        custom = messages[-1].get("custom", {})
        result = next((m["custom"] for m in messages if "result" in (m.get("custom") or {})), None)
        if result is not None:
            # Shown with `pytest -s` or on failure: how many questions each household needed
            # (the goal is a median of at most 10).
            print(f"{len(asked)} questions: {', '.join(asked)}")
            # The details of each right come on request, as a person asks with the button.
            button = next((b for m in messages for b in m.get("buttons") or ()
                           if b.get("title") == say(result["language"], "Details of each right")), None)
            details = person.says(button["payload"]) if button else []
            transcript.extend(_show(details))
            return Screening(result["result"], asked, everything, messages, transcript, details)
        field = custom.get("ask")
        conversation = "\n".join(transcript)
        assert field, f"the bot neither asked nor concluded:\n{conversation}"
        assert field in replies, f"the household has no reply for {field!r}:\n{conversation}"
        reply = replies[field]
        times = asked.count(field)
        if isinstance(reply, str):
            assert times == 0, f"{field!r} asked again, the reply was not understood:\n{conversation}"
        else:
            assert times < len(reply), f"{field!r} asked {times + 1} times:\n{conversation}"
            reply = reply[times]
        asked.append(field)
        transcript.append(f"  person: {reply!r}")
        messages = person.says(reply)
        transcript.extend(_show(messages))
        everything.extend(messages)
    pytest.fail(f"no result after {MAX_TURNS} turns; asked {asked}:\n" + "\n".join(transcript))


def answer_until(person, messages: list[dict], replies: dict[str, str], wanted) -> tuple[list[dict], list[str]]:
    """Answers from `replies` until `wanted(custom, asked)` holds for the bot's last message;
    returns those messages and the fields answered on the way."""
    asked: list[str] = []
    for _ in range(MAX_TURNS):
        custom = messages[-1].get("custom", {})
        assert "result" not in custom, f"the result came first; asked {asked}: {messages}"
        if wanted(custom, asked):
            return messages, asked
        assert custom.get("ask") in replies, f"no reply for {custom.get('ask')!r}: {messages}"
        asked.append(custom["ask"])
        messages = person.says(replies[custom["ask"]])
    pytest.fail(f"not reached after {MAX_TURNS} turns; asked {asked}")


def answer_until_asked(person, messages: list[dict], replies: dict[str, str], field: str) -> list[dict]:
    """Answers from `replies` until the bot asks `field`; returns the messages that ask it."""
    return answer_until(person, messages, replies, lambda custom, _: custom.get("ask") == field)[0]


def is_yes_no(custom: dict) -> bool:
    return custom.get("options", [])[:2] == ["yes", "no"]


def screen(person, greeting: str, replies: dict[str, str | list[str]]) -> Screening:
    """A whole screening: the greeting, then every question answered from `replies`."""
    return answer_until_result(person, person.says(greeting), replies, [f"  person: {greeting!r}"])


def languages(screening: Screening) -> set[str]:
    """The languages the bot's messages were written in."""
    return {m["custom"]["language"] for m in screening.messages if "language" in m.get("custom", {})}


def office_in(where: str, service: str, commune: str) -> bool:
    """`where` names the office of `service` (CPAS, OCMW) of `commune`. The service's name may be
    explained where it first appears ("CPAS (le service social de votre commune) de Jette"), so
    the two are looked for apart."""
    return where.startswith(service) and commune in where
