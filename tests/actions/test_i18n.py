import pytest

from actions.i18n import say, say_for


def test_a_message_is_read_from_the_catalog_of_each_language():
    assert say("fr", "Hello, I am Iris.") == "Bonjour, je suis Iris."
    assert say("nl", "Hello, I am Iris.") == "Hallo, ik ben Iris."


def test_a_message_with_a_context_is_read_with_that_context():
    assert say_for("nl", "widget", "Send") == "Verzenden"
    assert say_for("fr", "widget", "Send") == "Envoyer"


def test_an_unknown_language_is_refused_by_name():
    with pytest.raises(ValueError, match="'en'"):
        say("en", "Hello, I am Iris.")
