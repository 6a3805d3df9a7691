"""The number parser: amounts, ages and counts in digits and words, French and Dutch."""

import pytest

from iris_nlu_phrases import HELDOUT_NUMBER_PHRASES, THIRD_NUMBER_PHRASES, NUMBER_PHRASES, FOURTH_NUMBER_PHRASES
from nlu.lexicon import numbers as find_numbers_in


def values(text, language="fr"):
    return [e["value"] for e in find_numbers_in(text, language)]


def described(text, language="fr"):
    """Values as the phrase sets write them: "~900" for an approximate 900."""
    return [
        f"~{e['value']}" if e.get("approximate") else e["value"]
        for e in find_numbers_in(text, language)
    ]


def only(text, language="fr"):
    entities = find_numbers_in(text, language)
    assert len(entities) == 1, entities
    return entities[0]


def test_septante_deux_is_read_as_72():
    assert values("septante-deux") == [72]


def test_septante_deux_without_hyphen_is_read_as_72():
    assert values("j'ai septante deux ans") == [72]


def test_nonante_is_read_as_90():
    assert values("nonante") == [90]


def test_quatre_vingt_dix_is_read_as_90():
    assert values("quatre-vingt-dix") == [90]


def test_soixante_douze_is_read_as_72():
    assert values("soixante-douze") == [72]


def test_twaalfhonderd_is_read_as_1200():
    assert values("twaalfhonderd", "nl") == [1200]


def test_tweeentwintig_with_or_without_diaeresis_is_read_as_22():
    assert values("tweeëntwintig", "nl") == [22]
    assert values("tweeentwintig", "nl") == [22]


def test_a_belgian_thousands_dot_is_not_a_decimal_point():
    assert values("1.250") == [1250]


def test_a_space_separates_thousands_and_a_comma_decimals():
    assert values("1 250,00") == [1250]
    assert values("1.250,50") == [1250.5]


def test_a_euro_sign_before_or_after_marks_an_amount_in_euros():
    assert only("1250€") == {"entity": "number", "value": 1250, "start": 0, "end": 4, "unit": "euro"}
    entity = only("€ 1.250,50")
    assert (entity["value"], entity["unit"]) == (1250.5, "euro")


def test_dans_les_900_is_900_and_approximate():
    entity = only("dans les 900")
    assert entity["value"] == 900 and entity["approximate"] is True


def test_ongeveer_900_is_900_and_approximate():
    entity = only("ongeveer 900", "nl")
    assert entity["value"] == 900 and entity["approximate"] is True


def test_plus_minus_900_is_900_and_approximate():
    entity = only("+- 900")
    assert entity["value"] == 900 and entity["approximate"] is True


def test_an_exact_amount_carries_no_approximate_key():
    assert "approximate" not in only("900 €")


@pytest.mark.parametrize("text,language", [
    ("rien", "fr"), ("aucun", "fr"), ("zéro", "fr"), ("0", "fr"), ("nul", "fr"),
    ("geen", "nl"), ("niks", "nl"), ("niets", "nl"), ("nul", "nl"),
])
def test_a_word_for_nothing_alone_is_zero(text, language):
    assert values(text, language) == [0]


def test_nothing_before_a_countable_word_is_zero():
    assert values("aucun enfant") == [0]
    assert values("ik heb geen kinderen", "nl") == [0]
    assert values("je n'ai pas d'enfants") == [0]
    assert values("zonder inkomen", "nl") == [0]


def test_nothing_after_a_verb_of_earning_is_zero():
    assert values("je gagne rien") == [0]
    assert values("ik verdien niks", "nl") == [0]


@pytest.mark.parametrize("text,language", [
    ("je sais rien", "fr"), ("de rien", "fr"), ("c'est nul", "fr"), ("geen idee", "nl"),
    ("geen commentaar", "nl"), ("geen probleem", "nl"), ("aucune idée", "fr"),
])
def test_a_word_for_nothing_in_an_expression_is_not_a_number(text, language):
    assert values(text, language) == []


def test_2_enfants_is_2():
    assert values("2 enfants") == [2]


def test_j_ai_45_ans_is_45_years():
    entity = only("j'ai 45 ans")
    assert (entity["value"], entity["unit"]) == (45, "year")


def test_a_correction_with_no_keeps_the_number():
    assert values("non, j'ai 45 ans") == [45]


def test_an_article_is_not_the_number_one():
    assert values("j'ai un salaire de 1300") == [1300]
    assert values("een uitkering van 1300 euro", "nl") == [1300]


def test_un_or_een_before_a_countable_word_is_one():
    assert values("un enfant") == [1]
    assert values("ik heb een kind", "nl") == [1]
    assert values("één", "nl") == [1]


def test_a_postal_code_next_to_a_commune_is_not_an_amount():
    assert values("1030 Schaerbeek, 900 euros par mois") == [900]
    assert values("Ixelles 1050") == []
    assert values("4000 Liège") == []


def test_a_postal_code_after_code_postal_or_a_residence_word_is_not_an_amount():
    assert values("code postal 1190") == []
    assert values("j'habite à 1030 et je gagne 1200 euros") == [1200]
    assert values("ik woon in 1080", "nl") == []


def test_a_four_digit_number_alone_stays_a_number():
    assert values("1200") == [1200]


def test_phone_numbers_and_dates_are_not_amounts():
    assert values("mon numéro c'est 0475 12 34 56") == []
    assert values("né le 12/03/1980") == []


def test_a_dutch_number_in_a_message_detected_as_french_is_still_read():
    assert values("ik verdien twaalfhonderd euro", "fr") == [1200]


def test_spoken_mille_deux_is_1200():
    assert values("je gagne dans les mille deux") == [1200]


def test_entity_offsets_point_at_the_number_in_the_original_text():
    text = "Je touche à peu près 1.100€"
    entity = only(text)
    assert text[entity["start"]:entity["end"]] == "1.100"


@pytest.mark.parametrize("language,text,expected", NUMBER_PHRASES + HELDOUT_NUMBER_PHRASES + THIRD_NUMBER_PHRASES + FOURTH_NUMBER_PHRASES)
def test_every_phrase_of_the_number_sets_gives_its_values(language, text, expected):
    assert described(text, language) == expected


def test_number_value_accuracy_on_the_phrase_sets_is_at_least_95_percent_in_each_language():
    phrases = NUMBER_PHRASES + HELDOUT_NUMBER_PHRASES + THIRD_NUMBER_PHRASES + FOURTH_NUMBER_PHRASES
    for language in ("fr", "nl"):
        subset = [p for p in phrases if p[0] == language]
        assert len(subset) >= 25
        right = sum(described(text, lang) == expected for lang, text, expected in subset)
        assert right / len(subset) >= 0.95


def test_a_house_number_next_to_a_street_word_is_not_an_amount():
    assert values("j'habite au 25 rue Haute") == []
    assert values("avenue Louise 54 et je gagne 1200 €") == [1200]
    assert values("Ninoofsesteenweg 12 bus 3", "nl") == []


def test_a_after_a_number_is_a_year_only_when_glued():
    assert only("j ai 45a").get("unit") == "year"
    assert "unit" not in find_numbers_in("4 enfants dont 2 a charge")[1]


def test_each_child_named_with_an_article_counts_one():
    assert values("j'ai une fille et un garçon") == [1, 1]
    assert values("een jongen en een meisje", "nl") == [1, 1]


def test_a_nothing_said_twice_is_one_zero():
    assert len(find_numbers_in("niks, nada", "nl")) == 1


def test_no_work_is_not_an_amount_of_zero():
    assert values("ik heb geen werk en geen inkomen", "nl") == [0]
    assert find_numbers_in("ik heb geen werk en geen inkomen", "nl")[0]["start"] == 20


def test_ca_with_a_dot_is_circa_but_french_ca_is_not():
    assert only("ik verdien ca. 1800", "nl").get("approximate") is True
    assert "approximate" not in only("ça fait 900")
