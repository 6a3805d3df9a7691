"""The first conversation, through the whole pipe: REST channel, NLU, dialogue, action server, catalogs."""

import sqlite3

from actions.i18n import say


def test_bonjour_is_answered_in_french_then_the_first_question_comes(person):
    greeting, question = person.says("Bonjour")
    assert greeting["text"].startswith(say("fr", "Hello, I am Iris."))
    assert say("fr", "You can write in French or in Dutch.") in greeting["text"]
    assert greeting["custom"] == {"language": "fr"}
    assert question["custom"]["language"] == "fr"
    assert question["custom"]["ask"]


def test_hallo_is_answered_in_dutch_then_the_first_question_comes(person):
    greeting, question = person.says("Hallo")
    assert greeting["text"].startswith("Hallo, ik ben Iris.")
    assert greeting["custom"] == {"language": "nl"}
    assert question["custom"]["language"] == "nl"


def test_asking_for_dutch_after_a_french_greeting_asks_the_same_question_in_dutch(person):
    pending = person.says("Bonjour")[-1]["custom"]["ask"]
    confirmation, question = person.says("Nederlands")
    assert confirmation["text"] == "Oké, we gaan verder in het Nederlands."
    assert question["custom"] == {**question["custom"], "ask": pending, "language": "nl"}


def test_a_message_outside_what_iris_does_gets_the_pending_question_again(person):
    pending = person.says("Hallo")[-1]["custom"]["ask"]
    [message] = person.says("wat voor weer is het morgen")
    assert message["text"].startswith(say("nl", "Sorry, I did not understand your answer."))
    assert message["custom"]["ask"] == pending


def test_the_web_page_relays_messages_to_the_bot_on_the_same_origin(web_person):
    messages = web_person.says("bonjour")
    assert messages[0]["custom"]["language"] == "fr"


def test_a_conversation_is_kept_in_the_sql_tracker_store(iris, person):
    person.says("Bonjour")
    with sqlite3.connect(iris.tracker_db) as db:
        senders = {row[0] for row in db.execute("select sender_id from events")}
    assert person.sender in senders
