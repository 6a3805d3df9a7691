"""Replies as people write them, read as they mean them: a landlord is no ownership, a "pas" before
a word is no "non", a "moi non" beside someone else's fact is the person's answer, a child named
before the others is one more, a word with its last letter left off is still that word."""

import pytest

from actions.screening import children
from actions.screening.reader import Answers, SideRequest, read
from actions.screening.situation import facts
from nlu.lexicon import amount, find, numbers
from nlu.lexicon.answers import find_answer

PARSE = {"intent": {"name": "inform"}, "entities": []}


def answer(pending, text, intent="inform"):
    said = find_answer(text)  # the "oui" / "non" entity the NLU gives (nlu/components/answer_extractor.py)
    reading = read(pending, text, {"intent": {"name": intent}, "entities": [said] if said else []})
    assert isinstance(reading, Answers), reading
    return reading.values


@pytest.mark.parametrize("text", ["we huren bij een eigenaar in Jette", "on loue, le propriétaire habite au-dessus"])
def test_renting_from_an_owner_is_renting(text):
    assert answer("housing", text)["housing"] == "private_rent"


def test_living_in_ones_own_home_is_owning_a_home():
    assert facts("je suis propriétaire de la maison où je vis à Evere", [])["owns_property"] is True


@pytest.mark.parametrize("text", ["oui, l'appartement où on vit", "ja, het appartement waar ik in woon"])
def test_yes_to_the_property_question_with_the_home_one_lives_in_also_gives_the_housing(text):
    assert answer("owns_property", text) == {"owns_property": True, "housing": "owner"}


def test_a_property_elsewhere_says_nothing_of_the_housing():
    assert answer("owns_property", "oui, un terrain au Maroc") == {"owns_property": True}


@pytest.mark.parametrize("text", ["pas reconnue mais j'ai une hernie", "niet erkend maar ik zit in een rolwagen"])
def test_a_negation_of_the_next_word_is_no_no_when_the_fact_says_yes(text):
    assert answer("disability", text, intent="deny")["disability"] is True


def test_a_negation_with_nothing_said_against_it_stays_a_no():
    assert answer("energy_debt", "pas de souci de ce côté", intent="deny")["energy_debt"] is False


@pytest.mark.parametrize("pending,text", [
    ("disability", "ma fille est handicapée, moi non"),
    ("disability", "ik niet maar mijn zoon heeft een beperking"),
    ("owns_property", "moi non, mon ex oui"),
])
def test_a_no_said_of_oneself_beside_someone_elses_fact_is_the_answer(pending, text):
    assert answer(pending, text)[pending] is False


def test_i_dont_know_is_no_no_said_of_oneself():
    assert answer("disability", "dat weet ik niet", intent="dont_know")["disability"] is None


@pytest.mark.parametrize("text,count", [
    ("mon fils + les 2 filles de ma femme", 3),
    ("mijn dochter en de 2 zonen van mijn man", 3),
    ("2 enfants: une fille de 5 ans et un garçon de 8", 2),
    ("une fille de 5 ans et 2 garçons", 3),
])
def test_a_child_named_before_the_others_is_one_more(text, count):
    assert children.read(text, "children").count == count


def test_how_often_is_no_count_of_children():
    assert children.read("j'ai tapé deux fois la même chose", "children").count is None


def test_one_and_a_half_is_a_child_of_one():
    assert children.read("de oudste 12, de jongste anderhalf", "children_ages").ages == (12, 1)


def test_children_grown_and_gone_are_none_at_home_whatever_other_numbers_are_said():
    said = facts("j'ai 61 ans, on a 1400 de pension. Nos enfants sont grands et partis.", [])
    assert said["children"] == 0


def test_an_amount_after_a_rent_far_before_it_is_a_cost():
    assert amount("we huren een appartement bij een privé-eigenaar in Vorst voor 900 euro") is None
    assert amount("we huren een appartement in Vorst voor 900 euro en we hebben samen 1400 werkloosheid").value == 1400


def test_have_after_a_rent_makes_the_next_number_the_income():
    assert amount("on loue un studio et on a 1350 de chômage").value == 1350


def test_the_gross_named_before_its_number_is_no_income():
    assert amount("1620 netto, bruto 2100").value == 1620


def test_a_word_with_its_last_letter_left_off_is_still_that_word():
    assert [f.value for f in find("papers", "k heb geen papiere")] == ["no_papers"]


@pytest.mark.parametrize("pending,text,kind", [
    ("health_insurance", "ziekenfonds, is dat hetzelfde als mutualiteit?", "help"),
    ("income_sources", "kan ik met iemand van het OCMW spreken?", "handoff"),
])
def test_questions_back_are_requests_not_answers(pending, text, kind):
    assert read(pending, text, PARSE) == SideRequest(kind)


def test_a_fact_said_wins_over_the_classifiers_rather_not_say():
    assert answer("student", "elle est en 3e secondaire", intent="rather_not_say")["student"] is True


def test_rather_not_say_in_so_many_words_stays_rather_not_say():
    assert answer("student", "je préfère ne pas le dire", intent="rather_not_say")["student"] is None


@pytest.mark.parametrize("text,age", [("trente neuf, quarante en janvier si dieu veut", 39),
                                      ("ze wordt 93 in april, dus nu nog 92", 92),
                                      ("bijna dertig, over twee weken is het zover", 29)])
def test_an_age_said_with_the_next_one_is_the_age_now(text, age):
    said = [dict(e, entity="number") for e in numbers(text)]
    assert read("age", text, {"intent": {"name": "inform"}, "entities": said}).values["age"] == age


def test_two_ages_far_apart_are_not_read_as_one():
    said = [dict(e, entity="number") for e in numbers("45 of 50")]
    assert not isinstance(read("age", "45 of 50", {"intent": {"name": "inform"}, "entities": said}), Answers)


@pytest.mark.parametrize("text", ["rien", "rien pour l'instant", "niks"])
def test_nothing_at_the_income_sources_question_is_no_income(text):
    answer = find_answer(text)
    parse = {"intent": {"name": "inform"}, "entities": numbers(text) + ([answer] if answer else [])}
    assert read("income_sources", text, parse) == Answers({"income_sources": ["none"]})


def test_a_request_to_start_again_is_never_a_number_for_the_pending_question():
    text = "attendez je recommence depuis le début, j'ai mis n'importe quoi aux trois dernières questions"
    parse = {"intent": {"name": "restart"}, "entities": numbers(text)}
    assert read("children", text, parse) == SideRequest("restart")
