"""Twilio keeps message bodies in its own log: Iris deletes each message there once it is final,
the person's once answered, its own once Twilio reports them delivered or failed."""

from __future__ import annotations

import urllib.parse

from tests.bot.conftest import CHANNEL_SETTINGS, post_status
from tests.bot.test_sms_channel import PUBLIC_URL, Phone, twilio_form, twilio_signature

STATUS_URL = CHANNEL_SETTINGS["IRIS_PUBLIC_URL"] + "/webhooks/twilio/status"


def report_status(iris, sid: str, status: str, signed: bool = True) -> int:
    form = {"MessageSid": sid, "MessageStatus": status, "AccountSid": CHANNEL_SETTINGS["TWILIO_ACCOUNT_SID"],
            "To": "+32470000000", "From": CHANNEL_SETTINGS["TWILIO_NUMBER"], "ApiVersion": "2010-04-01"}
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "X-Twilio-Signature": twilio_signature(STATUS_URL, form) if signed else "forged"}
    return post_status(f"http://127.0.0.1:{iris.ports.rasa}/webhooks/twilio/status",
                       urllib.parse.urlencode(form).encode(), headers)


def test_the_persons_message_is_deleted_at_twilio_once_answered(iris, stand_in_api):
    phone = Phone(iris, stand_in_api)
    form = twilio_form(phone.number, "Bonjour", phone.to)
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "X-Twilio-Signature": twilio_signature(PUBLIC_URL, form)}
    assert post_status(phone.webhook, urllib.parse.urlencode(form).encode(), headers) == 204
    assert form["MessageSid"] in stand_in_api.deleted


def test_iris_messages_ask_for_their_status_and_are_deleted_once_final(iris, stand_in_api):
    phone = Phone(iris, stand_in_api)
    phone.texts("Bonjour")
    sent = stand_in_api.to(phone.number)
    assert sent and all(m["status_callback"] == STATUS_URL for m in sent)
    sid = sent[0]["sid"]
    assert report_status(iris, sid, "sent") == 204
    assert sid not in stand_in_api.deleted  # not final yet
    assert report_status(iris, sid, "delivered", signed=False) == 403
    assert sid not in stand_in_api.deleted
    assert report_status(iris, sid, "delivered") == 204
    assert sid in stand_in_api.deleted
