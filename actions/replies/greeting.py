"""The welcome: who Iris is, what it does, in one short message."""

from __future__ import annotations

from actions.i18n import say


def welcome_lines(language: str) -> list[str]:
    return [
        say(language, "Hello, I am Iris."),
        say(language, "I help you find the social aid you may be entitled to."),
        say(language, "It is free. I do not ask your name."),
        say(language, "You can write in French or in Dutch."),
    ]
