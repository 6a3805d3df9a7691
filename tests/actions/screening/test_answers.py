import pytest

from actions.screening.answers import UNKNOWN, Ambiguous, Understood, interpret


def number(value):
    return {"entity": "number", "value": value}


def answer(value):
    return {"entity": "answer", "value": value}


def option(value):
    return {"entity": "option", "value": value}


@pytest.mark.parametrize(
    "field, text, intent, entities, expected",
    [
        ("age", "j'ai 45 ans", "inform", [number(45)], 45),
        ("age", "ik ben 67", "inform", [number(67)], 67),
        ("children", "geen", "deny", [], 0),
        ("children", "2 enfants", "inform", [number(2)], 2),
        ("children_ages", "4 et 9", "inform", [number(4), number(9)], [4, 9]),
        ("monthly_income", "dans les 900", "inform", [number(900)], 900.0),
        ("monthly_income", "rien", "inform", [], 0.0),
        ("commune", "Schaarbeek", "inform", [{"entity": "commune", "value": "schaerbeek"}], "schaerbeek"),
        ("living_with", "avec mon mari", "inform", [], "partner"),
        ("living_with", "ik woon alleen", "inform", [], "alone"),
        ("living_with", "chez mes parents", "inform", [], "family"),
        ("housing", "je suis locataire d'un logement social", "inform", [], "social_rent"),
        ("housing", "ik huur een appartement", "inform", [], "private_rent"),
        ("residence_status", "sans papiers", "inform", [], "no_papers"),
        ("residence_status", "ik ben Belg", "inform", [], "belgian"),
        ("income_sources", "chômage et un petit boulot", "inform", [], ["work", "unemployment"]),
        ("income_sources", "pensioen", "inform", [], ["pension"]),
        ("benefits", "je touche le CPAS et la BIM", "inform", [], ["integration_income", "increased_reimbursement"]),
        ("benefits", "non rien", "deny", [], []),
        ("health_insurance", "oui", "affirm", [answer("yes")], True),
        ("energy_debt", "nee", "deny", [answer("no")], False),
        ("living_with", "", "inform", [option("others")], "others"),
        ("benefits", "", "inform", [option("none")], []),
        ("health_insurance", "", "inform", [option("no")], False),
    ],
)
def test_a_reply_gives_the_value_of_the_field_asked(field, text, intent, entities, expected):
    assert interpret(field, text, intent, entities) == Understood(expected)


@pytest.mark.parametrize(
    "text, intent, entities",
    [("je sais pas", "dont_know", []), ("liever niet", "rather_not_say", []),
     ("", "inform", [option("dont_know")]), ("", "inform", [option("rather_not_say")]),
     ("kweetni", "inform", [answer("dont_know")])],
)
def test_i_dont_know_and_id_rather_not_say_are_unknown_answers(text, intent, entities):
    assert interpret("monthly_income", text, intent, entities) is UNKNOWN


@pytest.mark.parametrize(
    "field, text, intent, entities",
    [("age", "quel temps fait-il", "out_of_scope", []),
     ("age", "entre 40 et 50", "inform", [number(40), number(50)]),
     ("age", "200", "inform", [number(200)]),
     ("living_with", "bof", "nlu_fallback", []),
     ("health_insurance", "peut-être demain", "nlu_fallback", []),
     ("commune", "1011", "inform", [{"entity": "postal_code", "value": "1011"}])],
)
def test_a_reply_that_does_not_answer_is_not_understood(field, text, intent, entities):
    assert interpret(field, text, intent, entities) is None


def test_a_shared_postal_code_is_ambiguous_between_its_communes():
    assert interpret("commune", "1050", "inform", [{"entity": "postal_code", "value": "1050"}]) == Ambiguous(
        "1050", ("ixelles", "bruxelles"))


def test_a_commune_an_age_in_years_and_an_amount_in_euros_are_taken_whatever_was_asked():
    from actions.screening.answers import volunteered

    entities = [{"entity": "commune", "value": "molenbeek"},
                {"entity": "number", "value": 45, "unit": "year"},
                {"entity": "number", "value": 1200, "unit": "euro"},
                {"entity": "number", "value": 2}]
    assert volunteered(entities) == {"commune": "molenbeek", "age": 45, "monthly_income": 1200.0}


def test_a_value_in_the_reply_wins_over_an_intent_of_i_dont_know():
    assert interpret("living_with", "met mijn vrouw", "rather_not_say", []) == Understood("partner")


def test_geen_idee_is_i_dont_know_and_not_zero_children():
    assert interpret("children", "geen idee", "deny", [answer("dont_know")]) is UNKNOWN


def test_a_yes_no_question_takes_the_fact_a_reply_states_over_the_classifiers_intent():
    from actions.screening.answers import interpret
    assert interpret("owns_property", "la maison est à nous", "deny", []).value is True


def test_a_plain_no_comes_before_a_fact_said_of_someone_else():
    from actions.screening.answers import interpret
    said = interpret("disability", "non, mais ma femme est invalide", "deny", [{"entity": "answer", "value": "no"}])
    assert said.value is False


def test_about_to_turn_an_age_counts_only_for_the_age_it_stands_before():
    from actions.screening.answers import interpret
    from nlu.lexicon import numbers
    assert interpret("age", "bientôt 40", "inform", numbers("bientôt 40")).value == 39
    assert interpret("age", "ik word volgende maand 65", "inform", numbers("ik word volgende maand 65")).value == 64
    assert interpret("age", "j'ai 39 ans", "inform", numbers("j'ai 39 ans")).value == 39


@pytest.mark.parametrize("text, expected", [
    ("geen inkomen op dit moment, ik zoek werk", ["none"]),
    ("pas de revenus, j'attends la reponse du cpas", ["none"]),
    ("chomage ?", ["unemployment"]),
])
def test_looking_for_work_or_waiting_for_the_cpas_is_no_source_of_income(text, expected):
    assert interpret("income_sources", text, "inform", []) == Understood(expected)


@pytest.mark.parametrize("field, text, expected", [
    ("residence_status", "polonaise, mariee a un belge", "eu"),
    ("housing", "on loue a un proprio prive mais on attend un logement social", "private_rent"),
    ("income_sources", "le RI + la BIM", ["cpas"]),
    ("social_housing_candidate", "geschrapt omdat ik de hernieuwing vergeten was", False),
])
def test_a_reply_keeps_the_persons_own_fact_beside_someone_elses_or_a_wish(field, text, expected):
    assert interpret(field, text, "inform", []) == Understood(expected)
