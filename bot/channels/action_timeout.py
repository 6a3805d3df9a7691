"""The Rasa server waits at most 5 s for the action server, not Rasa's 5 minutes.

A person who waits longer than that thinks the bot is gone. Rasa 3.6 passes its module constant
`DEFAULT_REQUEST_TIMEOUT` to every call of the action server (`RemoteAction.run`); past it the
call raises, Rasa keeps the conversation as it was (the action's events are dropped), and
`bot/channels/turn.py` answers with the apology. Installed with the channels, which Rasa loads
into its own process.
"""

from __future__ import annotations

import rasa.core.actions.action

ACTION_SERVER_TIMEOUT = 5.0


def install() -> None:
    rasa.core.actions.action.DEFAULT_REQUEST_TIMEOUT = ACTION_SERVER_TIMEOUT
