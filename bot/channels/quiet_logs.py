"""Rasa's own warnings that would copy what a person typed into the Rasa server's log.

A message typed as `/intent{"entity": "value"}` makes Rasa warn with the intent, the entity or the
whole entity list it could not use: text chosen by the person, kept in .cache/logs/rasa.log after
they asked to be forgotten. The warnings say nothing an operator needs, so they are not shown.
Installed with the channels, which Rasa loads into its own process.
"""

from __future__ import annotations

import warnings

WARNINGS_WITH_TEXT = (
    r"Failed to parse arguments in line '",
    r"Parsed an intent '",
    r"Parsed an entity '",
    r"Invalid entity specification",
)


def install() -> None:
    for start in WARNINGS_WITH_TEXT:
        warnings.filterwarnings("ignore", message=start)
