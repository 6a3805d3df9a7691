"""A first message written for a relative describes that relative: their age, and their household
rather than the writer's."""

import pytest

from actions.screening.situation import facts
from actions.screening.written_for import living_with, relative
from nlu.lexicon import numbers


def stated(text):
    return facts(text, numbers(text))


def test_the_age_said_of_a_relative_is_the_persons_age():
    assert stated("ik vraag dit voor mijn vader van 79, Belg, weduwnaar")["age"] == 79
    assert stated("ik schrijf voor mijn buurvrouw: ze is 72, Congolese")["age"] == 72
    assert stated("cc c pour ma grand mere, elle a 83 ans, veuve")["age"] == 83


def test_a_relative_who_lives_alone_lives_alone_whatever_family_words_the_writer_uses():
    assert stated("c pour ma grand mere, elle a 83 ans, elle vit seule a berchem")["living_with"] == "alone"


def test_a_relative_living_in_the_writers_home_lives_with_family():
    assert stated("ma maman a 68 ans, elle vit avec nous (moi, mon mari et nos enfants) a Jette")["living_with"] == "family"
    assert stated("mijn schoonmoeder is 74, ze woont bij ons (ik, mijn man en onze 2 kinderen)")["living_with"] == "family"


def test_the_relative_written_for_is_not_a_housemate():
    assert "living_with" not in stated("mon pere a 87 ans et vient d'entrer en maison de repos")


def test_the_partner_of_a_parent_one_lives_with_is_not_the_persons_partner():
    assert stated("ik woon bij mijn vader en zijn vriendin in Ganshoren")["living_with"] == "family"


def test_a_writer_speaking_of_themselves_is_not_writing_for_a_relative():
    assert relative("je vis avec mon mari et ma mère") is None
    assert relative("ma mère est malade") is None
    assert living_with("je vis avec mon mari", None) is None


@pytest.mark.parametrize("text,age", [
    ("Ik ben maatschappelijk assistente en schrijf voor een cliënt. Meneer is 58, woont alleen.", 58),
    ("Je suis AS au CPAS. Une dame de 39 ans, sans papiers, est hébergée par une amie.", 39),
    ("Ik ben sociaal werker. Een jongen van 18 logeert bij een vriend in de Marollen.", 18),
])
def test_a_helper_writes_for_someone_named_without_my_and_their_age_is_the_persons(text, age):
    who = relative(text)
    assert who is not None and who.client and who.age == age


def test_someone_named_without_my_is_no_client_when_nobody_writes_for_them():
    assert relative("je suis une maman de 3 enfants, j'ai 34 ans") is None


def test_the_client_of_a_helper_keeps_their_own_household_and_is_not_a_child():
    found = facts("Ik ben sociaal werker. Een jongen van 18 logeert bij een vriend in de Marollen.",
                  numbers("Ik ben sociaal werker. Een jongen van 18 logeert bij een vriend in de Marollen."))
    assert found["age"] == 18 and found["living_with"] == "others"
    assert "children" not in found


def test_the_age_of_a_relative_may_come_a_few_words_after_them():
    assert relative("Mijn buurman in Sint-Pieters-Woluwe is 90 en woont alleen.").age == 90
