"""`find(kind, text, language)`: the values a text names, where, how, and whether it is denied."""

import pytest

from nlu.lexicon import find


def values(kind, text, language=None):
    return [found.value for found in find(kind, text, language)]


def test_a_value_comes_with_its_span_in_the_text_as_typed():
    text = "Je touche le chômage depuis mars"
    (found,) = find("income_sources", text)
    assert (found.value, text[found.start:found.end], found.text) == ("unemployment", "chômage", "chômage")


def test_the_longest_phrase_wins_where_several_start_at_the_same_word():
    assert values("income_sources", "une pension alimentaire") == ["maintenance"]
    assert values("aids", "le tarif social gaz et électricité") == ["social_energy_tariff"]


def test_several_values_come_in_the_order_the_text_says_them():
    assert values("income_sources", "un peu de chômage et une pension") == ["unemployment", "pension"]


def test_an_aid_is_named_by_its_name_its_abbreviation_or_its_nickname():
    assert values("aids", "est-ce que j'ai droit à la GRAPA ?") == ["elderly_income_guarantee"]
    assert values("aids", "le revenu d’intégration") == ["integration_income"]
    assert values("aids", "waarom geen leefloon?") == ["integration_income"]
    assert values("aids", "de kinderbijslag") == ["family_allowance"]


def test_a_yes_no_fact_is_its_field_and_its_value():
    assert values("facts", "je suis étudiante") == [("student", True)]
    assert values("facts", "pas de mutuelle") == [("health_insurance", False)]
    assert values("facts", "on chauffe au mazout") == [("heating_oil", True)]
    assert values("facts", "ik sta op de wachtlijst voor een sociale woning") == [("social_housing_candidate", True)]


@pytest.mark.parametrize("text", [
    "je ne suis pas étudiant", "ik ben geen student", "plus de chômage", "j'ai perdu mon travail",
    "ik werk niet meer", "mijn werk kwijt",
])
def test_a_negation_next_to_a_value_is_told(text):
    (found,) = [f for f in find("facts", text) + find("income_sources", text)]
    assert found.negated


def test_a_negation_in_another_clause_is_not_the_value_s():
    found = find("facts", "je n'ai pas de travail, je suis étudiant")
    assert [(f.value, f.negated) for f in found] == [(("student", True), False)]


def test_a_language_reads_with_that_language_s_words_only_and_no_language_with_both():
    assert values("household", "alleen", "fr") == []
    assert values("household", "alleen", "nl") == ["alone"]
    assert values("household", "seule avec mon man") == ["alone", "partner"]


def test_nothing_is_the_value_none_of_the_answers():
    assert values("answers", "non, rien") == ["none"]
    assert values("answers", "niks") == ["none"]


def test_communes_are_read_by_the_place_reader():
    assert values("communes", "j'habite à Sint-Gillis") == ["saint_gilles"]
    assert values("communes", "1000") == ["bruxelles"]


def test_a_phrase_with_a_gap_takes_a_few_words_between():
    assert values("facts", "facture d'électricité toujours impayée") == [("energy_debt", True)]
    assert values("facts", "ik kan mijn gasrekening niet meer betalen") == [("energy_debt", True)]


def test_a_phrase_that_says_nothing_is_not_turned_round_by_a_negation_before_it():
    (found,) = find("income_sources", "on a plus aucun revenu")
    assert (found.value, found.negated) == ("none", False)


def test_a_dutch_negation_may_follow_the_verb_after_the_value():
    (found,) = find("income_sources", "mijn werkloosheidsuitkering is gestopt")
    assert found.negated


def test_a_partner_who_died_is_a_partner_denied():
    found = find("household", "toute seule depuis le décès de mon mari")
    assert [(f.value, f.negated) for f in found] == [("alone", False), ("partner", True)]
    assert [f.negated for f in find("household", "mijn man is overleden")] == [True]


def test_chez_is_hosted_only_before_someone():
    assert values("housing", "je vis chez ma sœur") == ["hosted"]
    assert values("housing", "une facture chez Luminus") == []


@pytest.mark.parametrize("text,commune", [
    ("a cote de la place meiser", "schaerbeek"), ("logement social a la cite modele", "bruxelles"),
    ("on habite a la cite moderne", "berchem_sainte_agathe"), ("we wonen in Floréal", "watermael_boitsfort"),
    ("in Stokkel", "woluwe_saint_pierre"), ("à Matonge", "ixelles"),
])
def test_a_neighbourhood_names_its_commune(text, commune):
    assert [f.value for f in find("communes", text)] == [commune]


def test_dutch_plus_adds_where_french_plus_denies():
    dutch = find("facts", "gas, plus een elektrisch vuurtje in de badkamer", "nl")
    assert [(f.value, f.negated) for f in dutch] == [(("heating_oil", False), False)]
    french = find("facts", "plus de mazout depuis l'an passé", "fr")
    assert [(f.value, f.negated) for f in french] == [(("heating_oil", True), True)]


def test_a_negation_of_the_other_language_still_denies_in_a_mixed_message():
    found = find("income_sources", "mijn man heeft zijn job verloren")
    assert [f.negated for f in found if f.value == "work"] == [True]


def test_a_negation_of_three_words_denies_too():
    found = find("income_sources", "geen inkomen, ik wacht nog op mijn werkloosheid", "nl")
    assert [f.negated for f in found if f.value == "unemployment"] == [True]
