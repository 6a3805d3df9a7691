"""The words that end an SMS conversation (Rasa environment)."""

import pytest

from bot.channels.stop_words import NO_LANGUAGE, stop_language


@pytest.mark.parametrize("text, language", [
    ("STOP", NO_LANGUAGE), ("stop", NO_LANGUAGE), (" Stop. ", NO_LANGUAGE),
    ("ARRET", "fr"), ("arrêt", "fr"), ("ARRÊT", "fr"), ("Stoppen", "nl"), ("STOPPEN!", "nl"),
])
def test_a_stop_word_alone_in_any_case_ends_the_conversation(text, language):
    assert stop_language(text) == language


@pytest.mark.parametrize("text", ["stop de me demander", "je veux arrêter", "arr", "", "Bonjour"])
def test_a_stop_word_inside_a_sentence_or_another_word_does_not(text):
    assert stop_language(text) is None
