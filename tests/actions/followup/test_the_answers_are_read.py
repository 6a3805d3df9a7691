"""What a reply to the follow-up means, in French and Dutch, in words, numbers and buttons."""

from __future__ import annotations

import pytest

from actions.followup.answers import SKIP, read_reason, read_status


@pytest.mark.parametrize("text, meant", [
    ("1", "received"), ("2", "waiting"), ("3.", "refused"), ("4", "not_asked"),
    ("Reçu", "received"), ("oui je l'ai reçu, merci", "received"), ("c'est bon, ça a marché", "received"),
    ("Demandé, j'attends", "waiting"), ("Demandé, j'attends la réponse", "waiting"), ("toujours pas de réponse", "waiting"), ("dossier en cours", "waiting"),
    ("Refusé", "refused"), ("je l'ai demandé mais ils ont refusé", "refused"), ("on m'a dit non", "refused"),
    ("Pas demandé", "not_asked"), ("je ne l'ai pas encore demandée", "not_asked"),
    ("Ontvangen", "received"), ("ja, ik heb het gekregen", "received"), ("het is in orde", "received"),
    ("Aangevraagd, ik wacht", "waiting"), ("Aangevraagd, ik wacht op antwoord", "waiting"), ("nog geen antwoord", "waiting"),
    ("Geweigerd", "refused"), ("ze hebben het afgewezen", "refused"),
    ("Niet aangevraagd", "not_asked"), ("ik heb het nog niet aangevraagd", "not_asked"),
    ("je sais pas", SKIP), ("weet niet", SKIP),
])
def test_a_status_is_read_from_words_and_numbers_in_both_languages(text, meant):
    assert read_status(text, {}) == meant


@pytest.mark.parametrize("text", ["5", "0", "pas reçu", "bof", "het weer is mooi"])
def test_a_reply_that_does_not_say_what_came_of_it_is_not_understood(text):
    assert read_status(text, {}) is None


def test_a_button_gives_its_option():
    assert read_status("/inform", {"entities": [{"entity": "option", "value": "refused"}]}) == "refused"
    assert read_reason("/inform", {"entities": [{"entity": "option", "value": "no_time"}]}) == "no_time"


@pytest.mark.parametrize("text, meant", [
    ("1", "too_complicated"), ("2", "did_not_dare"), ("3", "no_time"), ("4", "not_for_me"),
    ("Trop compliqué", "too_complicated"), ("trop de papiers à remplir", "too_complicated"),
    ("Je n'ai pas osé", "did_not_dare"), ("j'avais honte", "did_not_dare"),
    ("Pas le temps", "no_time"), ("je n'ai pas eu le temps", "no_time"),
    ("Je pensais que ce n'était pas pour moi", "not_for_me"),
    ("Te ingewikkeld", "too_complicated"), ("Ik durfde niet", "did_not_dare"), ("geen tijd gehad", "no_time"),
    ("Ik dacht dat het niet voor mij was", "not_for_me"), ("liever niet", SKIP),
])
def test_why_a_right_was_not_asked_is_read_in_both_languages(text, meant):
    assert read_reason(text, {}) == meant
