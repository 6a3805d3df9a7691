"""How many children a message speaks of, and their ages, as people write them."""

import pytest

from actions.screening.children import read


@pytest.mark.parametrize("asked, text, expected", [
    ("children", "j'ai 2 enfants, 5 et 9 ans", {"children": 2, "children_ages": [5, 9]}),
    ("children", "un, ma fille de 7 ans", {"children": 1, "children_ages": [7]}),
    ("children", "un bebe de 8 mois", {"children": 1, "children_ages": [0]}),
    ("children", "1, een dochter van 7", {"children": 1, "children_ages": [7]}),
    ("children", "een baby van 8 maanden", {"children": 1, "children_ages": [0]}),
    ("children", "3", {"children": 3}),
    ("children", "deux", {"children": 2}),
    ("children_ages", "4, 7 en 12", {"children": 3, "children_ages": [4, 7, 12]}),
    ("children_ages", "19 (il etudie encore) et 13", {"children": 2, "children_ages": [19, 13]}),
])
def test_the_count_and_the_ages_are_read_together_whichever_was_asked(asked, text, expected):
    assert read(text, asked).as_fields() == expected


@pytest.mark.parametrize("text", ["des jumeaux de 3 ans", "tweeling van 3"])
def test_twins_are_two_children_of_one_age(text):
    assert read(text, "children_ages").as_fields() == {"children": 2, "children_ages": [3, 3]}


@pytest.mark.parametrize("text", ["un bebe de 6 mois et un de 3 ans", "een baby van 6 maanden en een van 3 jaar"])
def test_a_baby_counted_by_its_article_is_not_an_age(text):
    assert read(text, "children_ages").as_fields() == {"children": 2, "children_ages": [0, 3]}


@pytest.mark.parametrize("text", ["3 mais le grand vit chez son pere", "3 maar de oudste woont bij zijn papa"])
def test_a_child_said_to_live_elsewhere_is_not_counted(text):
    assert read(text, "children").as_fields() == {"children": 2}


@pytest.mark.parametrize("text, expected", [
    ("45 ans, divorcee, je vis seule avec mes 2 ados de 14 et 16 ans, je bosse a mi temps 1400 net",
     {"children": 2, "children_ages": [14, 16]}),
    ("mon fils unique a 17 ans, il est en 5e secondaire", {"children": 1, "children_ages": [17]}),
    ("mon fils de 10 ans et ma fille de 3", {"children": 2, "children_ages": [10, 3]}),
    ("ik woon alleen met mijn zoon van 8 in schaarbeek", {"children": 1, "children_ages": [8]}),
    ("we hebben net ons eerste kindje gekregen (2 maanden)", {"children": 1, "children_ages": [0]}),
    ("je suis seule avec deux enfants", {"children": 2}),
    ("3 kids: 2, 5 en 7 jaar", {"children": 3, "children_ages": [2, 5, 7]}),
])
def test_a_first_message_gives_the_children_beside_a_child_word_and_not_the_persons_age(text, expected):
    assert read(text).as_fields() == expected


@pytest.mark.parametrize("text", ["j'ai 67 ans je vis seul", "ik verdien 1400 per maand", "45"])
def test_numbers_far_from_any_child_are_not_children(text):
    assert read(text).as_fields() == {}


@pytest.mark.parametrize("text", ["aucun enfent", "geen kinders", "pas d'enfants"])
def test_no_children_said_with_a_typo_is_zero(text):
    assert read(text, "children").count == 0


@pytest.mark.parametrize("asked, text, expected", [
    ("children_ages", "2 et 4 ans, et le bebe a 2 semaines", {"children": 3, "children_ages": [2, 4, 0]}),
    ("children_ages", "4 ans et 18 mois", {"children": 2, "children_ages": [4, 1]}),
    ("children_ages", "tous les deux 8 ans, c des jumeaux", {"children": 2, "children_ages": [8, 8]}),
    ("children", "des triples de 4 ans", {"children": 3, "children_ages": [4, 4, 4]}),
    ("children", "trois: 14, 9 et 2", {"children": 3, "children_ages": [14, 9, 2]}),
    ("children", "un seul, il a 2 ans et demi", {"children": 1, "children_ages": [2]}),
    ("children", "j'eleve ma petite fille, elle a 8 ans", {"children": 1, "children_ages": [8]}),
    ("children", "j'ai 5 enfants mais 3 sont au pays avec ma mere", {"children": 2}),
    ("children", "mes enfants sont grands et habitent plus avec moi", {"children": 0, "children_ages": []}),
])
def test_ages_in_weeks_or_months_multiples_and_children_gone_are_read(asked, text, expected):
    assert read(text, asked).as_fields() == expected


@pytest.mark.parametrize("asked, text, expected", [
    ("children", "ik heb er 5 maar 3 zijn nog in Congo bij mijn moeder", {"children": 2}),
    ("children", "2 van mij en 1 van mijn vriendin, ze wonen alle 3 bij ons", {"children": 3}),
    ("children", "ik voed mijn kleindochter op, ze is 8", {"children": 1, "children_ages": [8]}),
    ("children_ages", "2 en 4, en de baby is 2 weken", {"children": 3, "children_ages": [2, 4, 0]}),
    ("children_ages", "le petit a 3 ans et le grand va avoir 10", {"children": 2, "children_ages": [3, 9]}),
])
def test_children_living_elsewhere_all_of_them_grandchildren_and_a_birthday_to_come(asked, text, expected):
    assert read(text, asked).as_fields() == expected


@pytest.mark.parametrize("text, expected", [
    ("we wonen in Vorst met onze tweeling van 9", {"children": 2, "children_ages": [9, 9]}),
    ("we hebben 2 kinderen: 1 van 8 en een van 15 maanden", {"children": 2, "children_ages": [8, 1]}),
    ("gezin met 5 kinderen (2, 4, 9, 13 en 15), al 6 jaar ingeschreven", {"children": 5, "children_ages": [2, 4, 9, 13, 15]}),
    # The first child on the way: none born yet.
    ("ik ben zwanger van ons eerste kindje", {"children": 0, "children_ages": []}),
    ("enceinte de mon deuxième", {}),
])
def test_our_twins_one_of_eight_a_duration_and_a_child_to_be_born_are_read_right(text, expected):
    assert read(text).as_fields() == expected


def test_eleven_said_in_french_is_still_an_age():
    assert read("quinze et onze", "children_ages").as_fields() == {"children": 2, "children_ages": [15, 11]}


def test_starting_again_from_zero_is_not_a_count_of_no_children():
    assert read("je me suis trompée partout, on reprend à zéro", asked="children").count is None
    assert read("zéro", asked="children").count == 0


@pytest.mark.parametrize("text, expected", [
    ("2 a moi + le fils de ma compagne, on vit tous ensemble, donc 3", 3),
    ("twee van mij en één van mijn vriendin, alle drie bij ons", 3),
    ("1 de moi et 2 de mon mari, en tout 3", 3),
])
def test_a_total_said_after_the_parts_is_the_count(text, expected):
    assert read(text, "children").count == expected


@pytest.mark.parametrize("text", [
    "aucun a charge, ma fille a 26 ans et vit a namur",
    "geen, mijn dochter van 27 woont in Gent",
    "mijn zoon woont bij zijn moeder, dus hier geen",
    "mon fils vit chez sa mere, donc ici aucun",
])
def test_a_reply_that_says_none_here_counts_no_child_whatever_child_it_names(text):
    assert read(text, "children").as_fields() == {"children": 0, "children_ages": []}


@pytest.mark.parametrize("text, expected", [
    ("vier: de tweeling en twee oudere", 4),
    ("met mijn lief en haar zoontje", 1),
    ("seul dpuis le divorce, les enfants vivent chez leur mere", 0),
])
def test_a_count_opening_the_reply_a_partners_child_and_children_living_with_the_other_parent(text, expected):
    assert read(text, "children").count == expected


@pytest.mark.parametrize("text", ["12, 9 et des jumelles de 4", "12, 9 en een tweeling van 4"])
def test_a_number_before_and_then_twins_is_an_age_not_a_count(text):
    assert read(text, "children_ages").ages[:2] == (12, 9)


@pytest.mark.parametrize("text", ["J'ai 3 enfants mais ils vivent chez leur mère à Liège", "Mijn twee kinderen wonen bij hun moeder in Gent",
                                  "de kinderen (17 en 20) wonen bij hun vader"])
def test_children_who_all_live_with_their_other_parent_are_none_at_home(text):
    assert read(text).count == 0


@pytest.mark.parametrize("text", ["j'en ai 4 mais 2 vivent chez leur pere en france", "ik heb er 4 maar 2 wonen bij hun vader in Frankrijk"])
def test_some_of_them_living_with_their_other_parent_leaves_the_others(text):
    assert read(text, "children").count == 2


@pytest.mark.parametrize("text,count,ages", [
    ("Mon fils a 17 ans, je suis seule avec lui et sa sœur de 12 ans à Jette", 2, [17, 12]),
    ("mijn zoon van 8 en zijn zusje van 3", 2, [8, 3]),
])
def test_a_brother_or_sister_of_a_child_named_before_is_another_child(text, count, ages):
    assert read(text).as_fields() == {"children": count, "children_ages": ages}


def test_a_sister_of_the_writer_is_no_child():
    assert read("ma soeur a 40 ans et son fils 12").as_fields() == {"children": 1, "children_ages": [12]}


@pytest.mark.parametrize("text", [
    "moi je reste avec les enfants, on en a trois : 9 ans, 6 ans et un bébé de 4 mois",
    "ik zorg voor de kinderen, we hebben er drie: 9, 6 en een baby van 4 maanden",
])
def test_a_count_of_the_children_named_before_counts_them(text):
    assert read(text).as_fields() == {"children": 3, "children_ages": [9, 6, 0]}
