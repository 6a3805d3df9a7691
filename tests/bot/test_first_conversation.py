"""The first conversation, through the whole pipe: REST channel, NLU, dialogue, action server, catalogs."""

import sqlite3

from actions.i18n import say


def test_bonjour_is_answered_in_french_by_the_action_server(person):
    [message] = person.says("Bonjour")
    assert message["text"].startswith(say("fr", "Hello, I am Iris."))
    assert say("fr", "You can write in French or in Dutch.") in message["text"]
    assert message["custom"] == {"language": "fr"}


def test_hallo_is_answered_in_dutch_by_the_action_server(person):
    [message] = person.says("Hallo")
    assert message["text"].startswith("Hallo, ik ben Iris.")
    assert message["custom"] == {"language": "nl"}


def test_asking_for_dutch_after_a_french_greeting_continues_in_dutch(person):
    person.says("Bonjour")
    [message] = person.says("Nederlands")
    assert message["text"] == "Oké, we gaan verder in het Nederlands."
    assert message["custom"] == {"language": "nl"}


def test_a_question_outside_what_iris_does_gets_an_answer_in_the_conversation_language(person):
    person.says("Hallo")
    [message] = person.says("wat voor weer is het morgen")
    assert message["text"].startswith(say("nl", "Sorry, I did not understand."))


def test_the_web_page_relays_messages_to_the_bot_on_the_same_origin(web_person):
    [message] = web_person.says("bonjour")
    assert message["custom"]["language"] == "fr"


def test_a_conversation_is_kept_in_the_sql_tracker_store(iris, person):
    person.says("Bonjour")
    with sqlite3.connect(iris.tracker_db) as db:
        senders = {row[0] for row in db.execute("select sender_id from events")}
    assert person.sender in senders
