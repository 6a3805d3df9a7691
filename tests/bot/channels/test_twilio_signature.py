"""Checking X-Twilio-Signature, behind a proxy too (Rasa environment)."""

from twilio.request_validator import RequestValidator

from bot.channels.twilio_signature import is_from_twilio, signed_url

# The example of Twilio's documentation on webhook security, with its published signature.
TOKEN = "12345"
URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = {"CallSid": "CA1234567890ABCDE", "Caller": "+12349013030", "Digits": "1234",
          "From": "+12349013030", "To": "+18005551212"}
SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


def test_twilios_published_example_verifies():
    assert is_from_twilio(TOKEN, URL, PARAMS, SIGNATURE)


def test_a_changed_parameter_or_url_or_token_does_not_verify():
    assert not is_from_twilio(TOKEN, URL, {**PARAMS, "Digits": "1235"}, SIGNATURE)
    assert not is_from_twilio(TOKEN, URL.replace("foo=1", "foo=2"), PARAMS, SIGNATURE)
    assert not is_from_twilio("54321", URL, PARAMS, SIGNATURE)


def test_a_request_without_a_signature_does_not_verify():
    assert not is_from_twilio(TOKEN, URL, PARAMS, None)
    assert not is_from_twilio(TOKEN, URL, PARAMS, "")


def test_behind_a_proxy_the_public_url_is_the_one_checked():
    url = signed_url("https://iris.example.be/", "http://127.0.0.1:5005/webhooks/twilio/webhook",
                     "/webhooks/twilio/webhook", "")
    assert url == "https://iris.example.be/webhooks/twilio/webhook"
    form = {"From": "+32470000000", "Body": "Bonjour"}
    signature = RequestValidator("secret").compute_signature(url, form)
    assert is_from_twilio("secret", url, form, signature)
    assert not is_from_twilio("secret", "http://127.0.0.1:5005/webhooks/twilio/webhook", form, signature)


def test_the_query_string_is_part_of_the_signed_url():
    assert signed_url("https://iris.example.be", "ignored", "/webhooks/twilio/webhook", "a=1") == (
        "https://iris.example.be/webhooks/twilio/webhook?a=1"
    )


def test_without_a_public_url_the_url_rasa_saw_is_checked():
    assert signed_url(None, "http://127.0.0.1:5005/webhooks/twilio/webhook?a=1", "/x", "a=1") == (
        "http://127.0.0.1:5005/webhooks/twilio/webhook?a=1"
    )


def test_the_empty_fields_twilio_sends_are_signed_too():
    from types import SimpleNamespace

    from bot.channels.twilio_messaging import signed_form

    form = {"Body": "Bonjour", "From": "+32470000000", "ToState": "", "FromZip": ""}
    signature = RequestValidator("secret").compute_signature("https://iris.example.be/w", form)
    body = b"Body=Bonjour&From=%2B32470000000&ToState=&FromZip="
    assert is_from_twilio("secret", "https://iris.example.be/w", signed_form(SimpleNamespace(body=body)), signature)
