"""A request said in so many words is that request, never an answer, whatever its other words."""

import pytest

from actions.screening.reader import SideRequest, read

PARSE = {"intent": {"name": "inform"}, "entities": []}


@pytest.mark.parametrize("pending,text,kind", [
    ("living_with", "je veux parler à une vraie personne", "handoff"),
    ("income_sources", "passez moi une assistante sociale svp", "handoff"),
    ("disability", "ik spreek liever met een echte persoon van het OCMW", "handoff"),
    ("monthly_income", "effacez mes donnees", "delete"),
    ("income_sources", "ik heb geen zin meer, wis alles wat ik gezegd heb", "delete"),
    ("children", "je me suis trompée partout, on reprend à zéro", "restart"),
    ("living_with", "in het nederlands aub", "language"),
    ("housing", "laat maar, ik stop hiermee", "stop"),
])
def test_a_request_in_so_many_words_is_that_request(pending, text, kind):
    assert read(pending, text, PARSE) == SideRequest(kind)


@pytest.mark.parametrize("pending,text", [
    ("income_sources", "depuis le début de l'année je touche le chômage"),
    ("living_with", "je vis seule, personne avec moi"),
    ("age", "j'ai 45 ans"),
])
def test_an_answer_that_shares_a_word_with_a_request_is_still_an_answer(pending, text):
    assert not isinstance(read(pending, text, PARSE), SideRequest)


@pytest.mark.parametrize("text", ["je suis inscrite au Foyer Schaerbeekois", "ma demande est en cours", "en attente depuis 8 ans",
                                  "ik wacht al 6 jaar", "ik heb een dossier ingediend bij de OVM"])
def test_waiting_for_social_housing_said_while_the_waiting_list_is_asked_is_being_on_it(text):
    from actions.screening.reader import Answers
    assert read("social_housing_candidate", text, PARSE) == Answers({"social_housing_candidate": True})


def test_a_claim_under_way_said_elsewhere_is_not_the_waiting_list():
    from actions.screening.situation import facts
    assert "social_housing_candidate" not in facts("ma demande de GRAPA est en cours, j'ai 70 ans", [])


@pytest.mark.parametrize("pending,text", [
    ("owns_property", "une maison au pays ça compte ?"), ("heating_oil", "telt een petroleumkachel ook?"),
    ("income_sources", "la pension alimentaire ça compte ?"), ("children", "tellen de kinderen van mijn man ook mee?"),
    ("benefits", "je ne sais pas ce que c'est le BIM"), ("benefits", "ik weet niet wat de verhoogde tegemoetkoming is"),
])
def test_asking_whether_something_counts_or_what_a_word_means_is_a_question_for_help(pending, text):
    assert read(pending, text, PARSE) == SideRequest("help")


@pytest.mark.parametrize("pending,text,kind", [
    ("monthly_income", "à quoi ça sert de vous dire mon salaire", "why"),
    ("monthly_income", "waarvoor heeft u mijn loon nodig?", "why"),
    ("income_sources", "je voudrais un rendez-vous au CPAS", "handoff"),
    ("income_sources", "ik wil een afspraak bij het OCMW", "handoff"),
])
def test_asking_what_a_question_is_for_or_for_an_appointment_is_no_answer(pending, text, kind):
    assert read(pending, text, PARSE) == SideRequest(kind)
