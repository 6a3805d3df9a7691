"""One word or phrase of a lexicon list, as a regular expression the reader builds its patterns
from (actions/screening/lexicon_phrases.py, `one_of`)."""

import re

import pytest

from actions.screening.lexicon_phrases import one_of
from nlu.lexicon import fold
from nlu.lexicon.data import LexiconDataError


def test_the_words_of_both_languages_are_alternatives():
    pattern = re.compile(one_of("children", "but"))
    assert pattern.fullmatch("mais") and pattern.fullmatch("maar")


def test_the_longest_phrase_is_tried_first():
    # "geen" alone would stop before "kinderen".
    assert re.match(one_of("children", "none_first"), "geen kinderen hier").group() == "geen kinderen"


def test_several_sections_make_one_alternation():
    pattern = re.compile(one_of("children", "they_live", "lives"))
    assert all(pattern.fullmatch(word) for word in ("vivent", "vit", "wonen", "woont"))


def test_folded_with_fold_the_apostrophe_is_kept_and_with_key_it_is_a_space():
    assert re.fullmatch(one_of("children", "none_first", folding=fold), "pas d'enfants")
    assert not re.fullmatch(one_of("children", "none_first", folding=fold), "pas d enfants")
    assert re.fullmatch(one_of("children", "none_first"), "pas d enfants")


def test_accents_are_folded_as_in_the_text_searched():
    assert re.fullmatch(one_of("children", "no_longer_home"), "plus a la maison")


def test_a_dot_in_a_phrase_is_a_dot_not_any_character():
    pattern = re.compile(one_of("numbers", "about_before", folding=fold))
    assert pattern.fullmatch("env.") and not pattern.fullmatch("envx")


def test_sections_without_any_word_are_refused_in_one_line():
    with pytest.raises(LexiconDataError, match="^children: no words in nothing_here$"):
        one_of("children", "nothing_here")
