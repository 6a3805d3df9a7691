"""`count` and `age`: a whole number in digits or words of either language."""

import pytest

from nlu.lexicon import age, count, numbers


@pytest.mark.parametrize("text,language,expected", [
    ("2", "fr", 2), ("deux enfants", "fr", 2), ("twee kinderen", "nl", 2), ("un enfant", "fr", 1),
    ("een kind", "nl", 1), ("aucun enfant", "fr", 0), ("aucun enfent", "fr", 0), ("geen kinderen", "nl", 0),
    ("geen kinderne", "nl", 0), ("3 enfants de 4, 7 et 10 ans", "fr", 3), ("drie kinderen van 4, 7 en 10", "nl", 3),
])
def test_a_count_is_the_number_before_what_is_counted_or_the_only_number(text, language, expected):
    assert count(text, language) == expected


def test_an_amount_is_no_count():
    assert count("1200 euros", "fr") is None


@pytest.mark.parametrize("text,language,expected", [
    ("45", "fr", 45), ("j'ai 45 ans", "fr", 45), ("septante-deux", "fr", 72), ("soixante-douze ans", "fr", 72),
    ("ik ben tweeëntwintig", "nl", 22), ("tweeentwintig jaar", "nl", 22), ("nonante", "fr", 90),
])
def test_an_age_is_the_number_said_in_years_or_the_only_number(text, language, expected):
    assert age(text, language) == expected


def test_two_ages_in_years_give_no_age():
    assert age("j'ai 67 ans et ma femme 63 ans", "fr") is None


def test_twins_are_two():
    assert count("des jumeaux", "fr") == 2
    assert count("een tweeling van 3", "nl") == 2


def test_one_said_first_and_followed_by_a_comma_is_one():
    assert count("un, ma fille de 7 ans", "fr") == 1


def test_a_number_of_months_says_so_and_is_no_count():
    (baby, months) = numbers("un bébé de 8 mois", "fr")
    assert (baby["value"], months["value"], months.get("unit")) == (1, 8, "month")
    assert count("un bébé de 8 mois", "fr") == 1


@pytest.mark.parametrize("text,language", [
    ("en 2021 j'ai fait un burn-out", "fr"), ("maison achetée en 2008", "fr"), ("au chômage depuis juin 2019", "fr"),
    ("sinds 2018 werk ik niet meer", "nl"), ("in mei 2020 gescheiden", "nl"),
])
def test_a_year_after_a_word_of_time_is_a_date(text, language):
    (year,) = numbers(text, language)
    assert year.get("unit") == "date"


@pytest.mark.parametrize("text,language", [("je gagne 2000", "fr"), ("tussen 1800 en 2000", "nl"), ("in totaal 2000", "nl")])
def test_a_number_that_could_be_a_year_is_no_date_without_a_word_of_time_before_it(text, language):
    assert all(n.get("unit") != "date" for n in numbers(text, language))


def test_a_word_of_the_message_language_is_no_number_of_the_other():
    assert [n["value"] for n in numbers("plus onze oudste van 5", "nl")] == [5]
    assert [n["value"] for n in numbers("soixante et onze", "fr")] == [71]


def test_without_a_known_language_both_readings_stay():
    assert [n["value"] for n in numbers("tien en twaalf")] == [10, 12]
