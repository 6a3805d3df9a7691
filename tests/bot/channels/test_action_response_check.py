import copy

import pytest
from jsonschema import ValidationError
from jsonschema import validate as jsonschema_validate
from rasa.core.actions.action import RemoteAction

from bot.channels import action_response_check
from bot.channels import turn  # noqa: F401  (importing the channels installs the check)

GOOD_REPLY = {
    "events": [
        {"event": "slot", "timestamp": None, "name": "age", "value": 45},
        {"event": "action", "name": "action_listen", "timestamp": None},
    ],
    "responses": [{"text": "Merci.", "custom": {"ask": "age"}, "buttons": []}],
}
BAD_REPLIES = [
    {"events": [{"event": "slot", "name": 12}]},
    {"events": [{"event": "no such event"}]},
    {"events": "not a list"},
    {"responses": [["not", "an", "object"]]},
]


def test_the_channels_install_the_check_into_rasas_remote_action():
    assert RemoteAction._validate_action_result is action_response_check.validate_action_result


def test_a_reply_that_fits_the_schema_passes():
    assert RemoteAction("action_take_answer", None)._validate_action_result(copy.deepcopy(GOOD_REPLY))


@pytest.mark.parametrize("reply", BAD_REPLIES)
def test_a_reply_that_does_not_fit_fails_with_the_same_error_as_rasas_own_check(reply):
    with pytest.raises(ValidationError) as ours:
        RemoteAction("action_take_answer", None)._validate_action_result(reply)
    with pytest.raises(ValidationError) as rasas:
        jsonschema_validate(reply, RemoteAction.action_response_format_spec())
    assert ours.value.message.startswith(rasas.value.message)
    assert "Failed to validate Action server response" in ours.value.message
    assert list(ours.value.path) == list(rasas.value.path)
