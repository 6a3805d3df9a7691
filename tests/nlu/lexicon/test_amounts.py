"""The monthly amount a reply gives, approximate or not, whatever the period it is said for."""

import pytest

from nlu.lexicon import amount


def said(text, language="fr"):
    found = amount(text, language)
    return None if found is None else (found.value, found.approximate)


@pytest.mark.parametrize("text,language,value", [
    ("environ 1200", "fr", 1200),
    ("un peu plus de 900", "fr", 900),
    ("un peu moins de 1100 euros", "fr", 1100),
    ("je sais pas trop, vers les 1600", "fr", 1600),
    ("dans les 950", "fr", 950),
    ("ongeveer 1300", "nl", 1300),
    ("rond de 1000", "nl", 1000),
    ("zo'n 800 euro", "nl", 800),
    ("1500 ofzo", "nl", 1500),
])
def test_an_approximate_amount_is_its_number_and_says_it_is_approximate(text, language, value):
    assert said(text, language) == (value, True)


@pytest.mark.parametrize("text,language", [
    ("entre 1000 et 1200", "fr"),
    ("de 1000 à 1200 €", "fr"),
    ("1000-1200", "fr"),
    ("tussen 1000 en 1200", "nl"),
    ("van 1000 tot 1200 euro", "nl"),
])
def test_a_range_is_its_midpoint_and_approximate(text, language):
    assert said(text, language) == (1100, True)


@pytest.mark.parametrize("text,language,value", [
    ("300 euros par semaine", "fr", 1300),
    ("ik krijg 300 per week", "nl", 1300),
    ("600 toutes les deux semaines", "fr", 1300),
    ("15600 par an", "fr", 1300),
    ("15.600 euro per jaar", "nl", 1300),
    ("1300 par mois", "fr", 1300),
])
def test_an_amount_for_another_period_is_made_monthly(text, language, value):
    assert said(text, language) == (value, False)


def test_the_period_converted_is_told():
    assert amount("300 per week", "nl").period == "week"
    assert amount("1300", "nl").period == "month"


@pytest.mark.parametrize("text,value", [
    ("1.450", 1450), ("1 450", 1450), ("1450 €", 1450), ("1250,50", 1250.5), ("€ 1.250,50", 1250.5),
    ("mille deux cents euros", 1200), ("twaalfhonderd euro", 1200), ("je gagne mille deux", 1200),
])
def test_an_amount_in_digits_or_words_is_read_the_belgian_way(text, value):
    assert said(text) == (value, False)


def test_nothing_is_zero():
    assert said("rien") == (0, False)
    assert said("pas de revenus") == (0, False)
    assert said("geen inkomen", "nl") == (0, False)


def test_an_age_or_a_count_beside_the_amount_is_not_the_amount():
    assert said("j'ai 45 ans et je gagne 1400") == (1400, False)
    assert said("2 enfants et 1800 euros") == (1800, False)


def test_incomes_joined_by_and_are_the_household_s_total():
    assert said("mon salaire 1400 et mon mari touche 1100 de chomage") == (2500, False)
    assert said("mijn loon is 1400 en mijn vrouw krijgt 1100", "nl") == (2500, False)


def test_an_income_beside_a_cost_is_no_total_and_the_cost_is_no_income():
    assert said("je gagne 1200 et mon loyer est de 600") == (1200, False)
    assert said("il a une pension de 1400 mais la maison de repos coute 2100 par mois") == (1400, False)
    assert said("on loue un appartement prive a 950 euros et on a 1350 de chomage") == (1350, False)


def test_two_amounts_that_make_no_range_nor_total_give_no_amount():
    assert said("1200 ou 1300") is None


def test_no_number_gives_no_amount():
    assert said("je ne sais pas") is None


def test_the_span_is_where_the_text_says_the_amount():
    text = "à peu près 1.450 € par mois"
    found = amount(text)
    assert text[found.start:found.end] == "1.450"


def test_a_small_number_beside_an_amount_is_an_age_or_a_count_said_in_passing():
    assert said("ik krijg leefloon, 1263 per maand, ben 31", "nl") == (1263, False)


def test_an_amount_after_a_place_name_is_no_postal_code_when_its_noun_follows():
    assert said("je loue a watermael-boitsfort, 1450 de pension") == (1450, False)


@pytest.mark.parametrize("text,value", [
    ("1k5", 1500), ("2k", 2000), ("1k25 par mois", 1250), ("1k2 netto", 1200),
])
def test_thousands_texted_with_a_k_are_read(text, value):
    assert amount(text).value == value


@pytest.mark.parametrize("text,value", [
    ("1800 brut donc net environ 1450", 1450),
    ("1800 bruto dus netto ongeveer 1450", 1450),
    ("je touche 1350 le 1er du mois et je paie 800 de loyer", 1350),
    ("ik krijg 1350 op de eerste van de maand en betaal 800 huur", 1350),
])
def test_a_gross_amount_or_a_cost_named_after_it_is_not_the_income(text, value):
    assert amount(text).value == value


@pytest.mark.parametrize("text", ["ma femme et moi 1250 chacun de pension", "mijn vrouw en ik elk 1250 pensioen"])
def test_one_amount_that_each_of_a_couple_has_counts_twice(text):
    assert amount(text).value == 2500


def test_a_single_amount_without_each_is_not_doubled():
    assert amount("on a 1250 de pension à deux").value == 1250


def test_an_amount_that_is_only_a_cost_or_a_gross_amount_is_no_income():
    assert amount("on paie 1100 de loyer") is None
    assert amount("1800 brut") is None


@pytest.mark.parametrize("text,language,value", [
    ("dienstencheques, 25 uur per week, zo'n 1300 netto", "nl", 1300),
    ("38u per week, 1700", "nl", 1700),
    ("je fais 20 heures par semaine pour 900", "fr", 900),
    ("3 jours par semaine, 800 par mois", "fr", 800),
])
def test_hours_or_days_a_week_are_a_schedule_not_a_weekly_pay(text, language, value):
    assert amount(text, language).value == value


def test_an_amount_a_week_is_still_made_monthly():
    assert amount("380 par semaine", "fr").period == "week"


@pytest.mark.parametrize("text,value", [
    ("En 2021 j'ai fait un burn-out. La mutuelle me paie environ 1400. Maison achetée en 2008.", 1400),
    ("sinds 2018 krijg ik 1300", 1300),
    ("depuis septembre 2019 je touche 1150", 1150),
])
def test_a_year_said_as_a_date_is_no_amount(text, value):
    assert amount(text).value == value


def test_a_range_read_across_the_dutch_and_is_still_a_range_not_a_date():
    assert amount("tussen 1800 en 2000").value == 1900


@pytest.mark.parametrize("text", ["mon mari est parti l'an dernier, je touche 1400", "l'année passée j'avais 1400"])
def test_last_year_is_a_time_not_a_yearly_amount(text):
    assert amount(text, "fr") == amount(text, "fr")._replace(value=1400.0, period="month")


def test_a_rent_said_after_a_comma_is_a_cost_but_an_income_named_after_it_is_not():
    assert amount("je loue un studio à Jette, 650 euros par mois") is None
    assert amount("on loue un appart, 1300 de chômage").value == 1300
