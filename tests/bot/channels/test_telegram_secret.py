"""Telegram's secret token, and its /start (Rasa environment)."""

from bot.channels.telegram import has_secret, start_text


def test_only_the_exact_secret_token_is_accepted():
    assert has_secret("s3cret-token", "s3cret-token")
    assert not has_secret("s3cret-tokeN", "s3cret-token")
    assert not has_secret("", "s3cret-token")
    assert not has_secret(None, "s3cret-token")


def test_start_greets_in_the_language_of_the_persons_telegram_app():
    assert start_text({"from": {"language_code": "nl-BE"}}) == '/greet{"detected_language": "nl"}'
    assert start_text({"from": {"language_code": "fr"}}) == '/greet{"detected_language": "fr"}'
    assert start_text({"from": {"language_code": "en"}}) == "/greet"
    assert start_text({}) == "/greet"
