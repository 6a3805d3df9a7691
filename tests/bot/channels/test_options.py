"""A bot message's options as numbered lines, and a reply read as an option (Rasa environment)."""

import json

from bot.channels.options import options_text, reply_payload, turn_text, with_options


def button(title: str, option: str) -> dict:
    return {"title": title, "payload": "/inform" + json.dumps({"option": option})}


YES_NO = {
    "text": "Êtes-vous inscrit à une mutualité ?",
    "buttons": [button("Oui", "yes"), button("Non", "no"), button("Je ne sais pas", "dont_know")],
    "custom": {"ask": "health_insurance", "options": ["yes", "no", "dont_know"]},
}
AGE = {
    "text": "Quel âge avez-vous ?",
    "buttons": [button("Je ne sais pas", "dont_know")],
    "custom": {"ask": "age", "options": ["dont_know"]},
}


def test_short_options_are_numbered_on_one_line_after_the_text():
    assert with_options(YES_NO) == "Êtes-vous inscrit à une mutualité ?\n1 Oui  2 Non  3 Je ne sais pas"


def test_long_options_are_numbered_one_a_line():
    buttons = [button("Je loue chez un propriétaire privé", "private_rent"),
               button("Je loue un logement social", "social_rent")]
    assert options_text(buttons) == "1 Je loue chez un propriétaire privé\n2 Je loue un logement social"


def test_a_question_answered_with_a_number_gets_no_numbered_options():
    assert with_options(AGE) == "Quel âge avez-vous ?"
    assert reply_payload("1", AGE) is None


def test_a_number_in_reply_is_the_payload_of_that_option():
    assert reply_payload("2", YES_NO) == '/inform{"option": "no"}'
    assert reply_payload(" 3. ", YES_NO) == '/inform{"option": "dont_know"}'


def test_a_number_that_is_no_option_stays_the_persons_words():
    assert reply_payload("4", YES_NO) is None
    assert reply_payload("0", YES_NO) is None
    assert reply_payload("2 enfants", YES_NO) is None


def test_an_options_title_written_out_is_its_payload():
    assert reply_payload("je ne sais  pas", YES_NO) == '/inform{"option": "dont_know"}'
    assert reply_payload("NON", YES_NO) == '/inform{"option": "no"}'


def test_a_title_written_without_its_accents_is_still_that_option():
    message = {"buttons": [button("Je préfère ne pas le dire", "rather_not_say")]}
    assert reply_payload("je prefere ne pas le dire", message) == '/inform{"option": "rather_not_say"}'


def test_numbers_can_be_turned_off_where_options_are_not_numbered():
    assert reply_payload("2", YES_NO, numbers=False) is None
    assert reply_payload("Oui", YES_NO, numbers=False) == '/inform{"option": "yes"}'


def test_without_a_previous_message_nothing_is_an_option():
    assert reply_payload("1", None) is None
    assert reply_payload("1", {"text": "Bonjour"}) is None


WHAT_NOW = {"text": "Que voulez-vous faire maintenant ?",
            "buttons": [{"title": "Recommencer", "payload": "/restart"}, {"title": "Effacer mes données", "payload": "/delete_data"}]}


def test_in_a_turn_with_two_lists_of_options_only_the_last_is_numbered():
    """After the result comes the consent question: "1" must mean its first option only."""
    assert turn_text([WHAT_NOW, YES_NO]) == ("Que voulez-vous faire maintenant ?\n– Recommencer\n– Effacer mes données\n"
                                             "Êtes-vous inscrit à une mutualité ?\n1 Oui  2 Non  3 Je ne sais pas")
    assert turn_text([WHAT_NOW]) == "Que voulez-vous faire maintenant ?\n1 Recommencer  2 Effacer mes données"
