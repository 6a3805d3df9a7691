"""Delete, start again, and side remarks, through the running bot."""

import sqlite3

from actions.i18n import say


def stored_events(iris, sender: str) -> int:
    with sqlite3.connect(iris.tracker_db) as db:
        return db.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[0]


def test_effacer_deletes_the_conversation_from_the_tracker_store_and_says_so(iris, person):
    person.says("Bonjour")
    person.says("j'ai 40 ans")
    assert stored_events(iris, person.sender) > 0
    [message] = person.says("effacer")
    assert message["text"].startswith(say("fr", "Your answers are deleted. Nothing of this conversation is kept."))
    assert message["custom"]["deleted"] is True
    assert stored_events(iris, person.sender) == 0


def test_wissen_deletes_the_conversation_in_dutch(iris, person):
    person.says("Hallo")
    [message] = person.says("wissen")
    assert message["text"].startswith("Uw antwoorden zijn gewist.")
    assert stored_events(iris, person.sender) == 0


def test_after_a_deletion_a_new_conversation_knows_nothing_of_the_old_one(person):
    person.says("Bonjour")
    person.says("j'habite à Jette")
    person.says("effacer")
    messages = person.says("Bonjour")
    assert messages[-1]["custom"]["ask"]
    assert "commune" not in (messages[-1]["custom"].get("result") or {}).get("profile", {})


def test_start_again_forgets_the_answers_and_asks_the_first_question_again(person):
    first = person.says("Bonjour")[-1]["custom"]["ask"]
    person.says("je sais pas")
    messages = person.says("recommencer")
    assert messages[0]["text"] == say("fr", "All right, we start again.")
    assert messages[-1]["custom"]["ask"] == first


def test_a_thank_you_is_answered_and_the_pending_question_comes_back(person):
    pending = person.says("Hallo")[-1]["custom"]["ask"]
    messages = person.says("dank u wel")
    assert messages[0]["text"] == say("nl", "You're welcome.")
    assert messages[-1]["custom"]["ask"] == pending


def test_asking_for_a_person_points_to_the_cpas_of_the_commune(person):
    person.says("Bonjour")
    person.says("j'habite à Jette")
    messages = person.says("je veux parler à une assistante sociale")
    assert "CPAS de Jette" in messages[0]["text"]
