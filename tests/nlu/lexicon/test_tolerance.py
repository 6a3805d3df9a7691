"""Spelling mistakes: Damerau-Levenshtein against the lexicon, four letters or more, one edit up
to seven letters and two from eight, never on a word that is itself a word of the lexicon."""

from nlu.lexicon import find, numbers
from nlu.lexicon.distance import damerau_levenshtein, edits_allowed


def values(kind, text, language=None):
    return [found.value for found in find(kind, text, language)]


def test_a_transposition_is_one_edit():
    assert damerau_levenshtein("kindren", "kinderen") == 1
    assert damerau_levenshtein("kinderne", "kinderen") == 1


def test_words_of_fewer_than_four_letters_allow_no_edit_four_to_seven_one_eight_and_more_two():
    assert [edits_allowed(w) for w in ("zus", "seul", "alleen", "partner", "invalidite")] == [0, 1, 1, 1, 2]


def test_aleen_is_alleen_alone():
    (found,) = find("household", "aleen", "nl")
    assert (found.value, found.how, found.text) == ("alone", "typo", "aleen")


def test_a_misspelt_word_is_read_inside_a_sentence():
    assert values("household", "ik woon aleen met mijn kat") == ["alone"]


def test_enfent_is_a_child_and_aucun_enfent_is_no_child():
    assert [e["value"] for e in numbers("aucun enfent", "fr")] == [0]
    assert [e["value"] for e in numbers("un enfent", "fr")] == [1]


def test_a_misspelt_dutch_no_children_is_zero_children():
    for text in ("geen kinderne", "geen kindren", "geeen kinderen", "zonder kinderren"):
        assert [e["value"] for e in numbers(text, "nl")] == [0], text


def test_aucun_enfant_and_geen_kinders_keep_working():
    assert [e["value"] for e in numbers("aucun enfant", "fr")] == [0]
    assert [e["value"] for e in numbers("geen kinders", "nl")] == [0]


def test_two_edits_are_forgiven_on_a_long_word():
    assert values("income_sources", "invalidte", "fr") == ["sickness_invalidity"]  # one letter dropped
    assert values("income_sources", "werklosheit", "nl") == ["unemployment"]  # two edits, 12 letters


def test_two_edits_are_not_forgiven_on_a_word_of_seven_letters_or_less():
    assert values("household", "aleeen", "nl") == ["alone"]  # one edit
    assert values("household", "alene", "nl") == []  # "alleen" is two edits away


def test_a_short_word_is_never_corrected():
    assert values("household", "zuss", "nl") == []  # "zus" has three letters: no misspelling of it
    assert values("household", "mar", "fr") == []  # three letters typed


def test_a_word_of_the_lexicon_is_never_read_as_another_word_of_the_lexicon():
    # "pers" (persons) is a word of the lexicon; one edit from "pere", it stays "pers".
    assert values("household", "pers", "fr") == []


def test_a_real_word_listed_as_a_look_alike_is_never_a_misspelling():
    assert values("household", "la ferme", "fr") == []  # not "femme"
    assert values("household", "une allee", "nl") == []  # not "alleen"
    assert [e["value"] for e in numbers("pas d'agent", "fr")] == []  # not "argent"


def test_the_first_letter_must_be_right():
    assert values("household", "sleen", "nl") == []


def test_a_misspelling_of_two_words_with_two_meanings_is_left_alone():
    # "mere" (mother) and "mari" (husband) are both one edit from "meri".
    assert values("household", "meri", "fr") == []


def test_a_word_of_any_list_of_the_lexicon_is_never_a_misspelling():
    # "allemaal" (all of them, in children_nl.yaml) is two edits from "allemand", a German.
    assert values("papers", "we wonen allemaal samen") == []
