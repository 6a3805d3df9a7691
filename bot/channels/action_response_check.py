"""The Rasa server checks each action server reply against its schema once, not twice.

Rasa 3.6 checks every reply of the action server with `jsonschema.validate`, which first checks
Rasa's events schema itself against JSON Schema's meta-schema, on every call. Profiled with ten
screenings at once (py-spy on the Rasa server), that self-check was about half the server's CPU:
the server is one event loop, so every turn waited behind it. The schema is Rasa's own and does
not change while the server runs, so here it is checked once, when this module is loaded, and each
reply is still checked against it in full, with the same error when it does not fit.

`bot/channels/turn.py` installs it: the channels named in the credentials are the one part of Iris
that Rasa loads into its server process, and each of them takes its turns there.
"""

from __future__ import annotations

from typing import Any, Dict, Text

from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

_SCHEMA = RemoteAction.action_response_format_spec()
_VALIDATOR_CLASS = validator_for(_SCHEMA)
_VALIDATOR_CLASS.check_schema(_SCHEMA)  # once, where Rasa does it on every reply
_VALIDATOR = _VALIDATOR_CLASS(_SCHEMA)


def validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    """What `RemoteAction._validate_action_result` does, without checking the schema again."""
    error = best_match(_VALIDATOR.iter_errors(result))
    if error is None:
        return True
    error.message += (
        ". Failed to validate Action server response from API, "
        "make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    RemoteAction._validate_action_result = validate_action_result
