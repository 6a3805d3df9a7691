"""The answer parser: yes, no, don't know, rather not say, in French, Dutch, SMS and mixed."""

import pytest

from iris_nlu_phrases import ANSWER_PHRASES, HELDOUT_ANSWER_PHRASES, THIRD_ANSWER_PHRASES, FOURTH_ANSWER_PHRASES
from nlu.lexicon import find_answer


def answer(text):
    found = find_answer(text)
    return found and found["value"]


@pytest.mark.parametrize("text", ["oui", "ouais", "wi", "ok", "d'acc", "ja", "jep", "ok ja", "yes"])
def test_yes_in_french_dutch_and_sms_is_yes(text):
    assert answer(text) == "yes"


@pytest.mark.parametrize("text", ["non", "nn", "nee", "neen", "nop"])
def test_no_in_french_dutch_and_sms_is_no(text):
    assert answer(text) == "no"


@pytest.mark.parametrize("text", ["je sais pas", "jsp", "chais pas", "weet niet", "geen idee", "kweetni"])
def test_i_dont_know_in_french_dutch_and_sms_is_dont_know(text):
    assert answer(text) == "dont_know"


@pytest.mark.parametrize("text", [
    "je préfère ne pas dire", "ça ne vous regarde pas", "liever niet", "zeg ik liever niet",
])
def test_id_rather_not_say_is_rather_not_say(text):
    assert answer(text) == "rather_not_say"


def test_non_jai_45_ans_is_no_with_the_span_of_non_only():
    assert find_answer("non, j'ai 45 ans") == {"entity": "answer", "value": "no", "start": 0, "end": 3}


def test_liever_niet_is_not_read_as_niet():
    assert answer("liever niet") == "rather_not_say"


def test_a_yes_in_the_middle_of_a_sentence_is_not_an_answer():
    assert answer("j'ai dit oui à mon patron") is None


def test_a_filler_before_the_answer_is_skipped():
    assert answer("euh ben non") == "no"
    assert answer("awel ja") == "yes"


def test_si_is_yes_alone_but_if_in_a_sentence():
    assert answer("si !") == "yes"
    assert answer("si je travaille je perds mes allocations?") is None


def test_dutch_we_is_not_the_french_sms_yes():
    assert answer("we wonen in Anderlecht") is None
    assert answer("wé") == "yes"


def test_words_that_begin_like_an_answer_are_not_answers():
    assert answer("jaar") is None
    assert answer("nonante") is None
    assert answer("okapi") is None
    assert answer("cp 1030") is None


def test_the_same_answer_repeated_in_both_languages_is_one_entity():
    assert find_answer("ok ja") == {"entity": "answer", "value": "yes", "start": 0, "end": 5}


def test_an_empty_message_has_no_answer():
    assert find_answer("") is None


@pytest.mark.parametrize("language,text,expected", ANSWER_PHRASES + HELDOUT_ANSWER_PHRASES + THIRD_ANSWER_PHRASES + FOURTH_ANSWER_PHRASES)
def test_every_phrase_of_the_answer_sets_gives_its_answer(language, text, expected):
    assert answer(text) == expected


def test_answer_accuracy_on_the_phrase_sets_is_at_least_95_percent_in_each_language():
    phrases = ANSWER_PHRASES + HELDOUT_ANSWER_PHRASES + THIRD_ANSWER_PHRASES + FOURTH_ANSWER_PHRASES
    for language in ("fr", "nl"):
        subset = [p for p in phrases if p[0] == language]
        assert len(subset) >= 25
        right = sum(answer(text) == expected for _, text, expected in subset)
        assert right / len(subset) >= 0.95


@pytest.mark.parametrize("text", ["c'est compris dans les charges, je sais pas",
                                  "zit in de kosten van het appartement, ik weet het niet"])
def test_i_dont_know_closing_a_message_after_its_reason_is_dont_know(text):
    assert answer(text) == "dont_know"


def test_a_yes_or_no_closing_a_message_is_still_no_answer():
    assert answer("ik heb het aan mijn broer gevraagd, ja") is None
    assert answer("c'est dans les charges, non") is None
