"""Numbers in French and Dutch words, with the Belgian forms and Dutch compounds."""

import pytest

from nlu.lexicon import number_words, numbers


def values(text, language):
    return [e["value"] for e in numbers(text, language)]


@pytest.mark.parametrize("text,expected", [
    ("dix-sept", 17), ("vingt et un", 21), ("vingt-deux", 22), ("soixante et onze", 71), ("soixante-douze", 72),
    ("septante-cinq", 75), ("quatre-vingts", 80), ("huitante", 80), ("quatre-vingt-dix-sept", 97),
    ("nonante-neuf", 99), ("deux cents", 200), ("douze cents", 1200), ("cent et un", 101),
    ("deux mille cinq cents", 2500), ("vingt-cinq mille", 25000), ("un million", 1_000_000),
])
def test_french_number_words(text, expected):
    assert values(text, "fr") == [expected]


def test_spoken_french_drops_cents_after_mille():
    assert values("mille deux", "fr") == [1200]


def test_vingt_un_is_two_numbers_as_it_is_not_said_so():
    assert [o.value for o in number_words.read(["vingt", "un"], "fr")] == [20, 1]
    assert values("vingt deux trois", "fr") == [22, 3]


@pytest.mark.parametrize("text,expected", [
    ("tweeëntwintig", 22), ("tweeentwintig", 22), ("vijfenveertig", 45), ("twaalfhonderd", 1200),
    ("honderd vijftig", 150), ("honderd en vijftig", 150), ("negentienhonderdvijftig", 1950),
    ("duizend tweehonderd", 1200), ("tweeduizend", 2000), ("een miljoen", 1_000_000),
])
def test_dutch_number_words_one_word_or_several(text, expected):
    assert values(text, "nl") == [expected]


def test_ordinals_are_not_numbers():
    assert values("le deuxième", "fr") == []
    assert values("het tweede kind", "nl") == []


def test_a_word_that_only_starts_like_a_number_is_none():
    assert values("achten", "nl") == []
    assert values("vingt-deuxième", "fr") == []


def test_a_message_mixing_languages_is_read_in_both():
    assert values("j'ai twee kinderen", "fr") == [2]
