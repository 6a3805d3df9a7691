"""Which channels start, from the environment (Rasa environment; the module is standard library)."""

from bot.channels.settings import (
    TELEGRAM_CHANNEL, TWILIO_CHANNEL, TelegramSettings, TwilioSettings, configured_channels,
)

TWILIO = {"TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "token", "TWILIO_NUMBER": "+3225550100"}
TELEGRAM = {"TELEGRAM_TOKEN": "123:abc", "TELEGRAM_SECRET_TOKEN": "secret"}


def test_without_settings_no_channel_but_rest_starts():
    assert configured_channels({}) == []


def test_a_channel_starts_only_with_all_its_settings():
    assert configured_channels({**TWILIO, **TELEGRAM}) == [TWILIO_CHANNEL, TELEGRAM_CHANNEL]
    assert configured_channels({**TWILIO, "TWILIO_NUMBER": ""}) == []


def test_telegram_without_a_secret_token_is_not_started():
    assert configured_channels({"TELEGRAM_TOKEN": "123:abc"}) == []


def test_the_apis_default_to_twilio_and_telegram_and_the_public_url_loses_its_slash():
    twilio = TwilioSettings.from_environment({**TWILIO, "IRIS_PUBLIC_URL": "https://iris.example.be/"})
    assert twilio.api_base == "https://api.twilio.com"
    assert twilio.public_url == "https://iris.example.be"
    assert TelegramSettings.from_environment(TELEGRAM).api_base == "https://api.telegram.org"
    local = TwilioSettings.from_environment({**TWILIO, "TWILIO_API_BASE": "http://127.0.0.1:9/"})
    assert local.api_base == "http://127.0.0.1:9"
