"""From day 14: the person answers the follow-up message in a new conversation (the first one was
deleted after an hour). Iris finds the follow-up by the conversation's lookup, reads each
answer, gives the appeal guidance after a refusal, asks why a right was not asked, completes the
observatory record when it is linked, and deletes the address after the last answer, at STOP
and at "effacer"."""

from __future__ import annotations

import datetime

from sqlalchemy import select

from actions.action_reply import ActionReply
from actions.followup.address import seal
from actions.followup.key import lookup
from actions.observatory.cli import main as stats_command
from actions.observatory.record import build
from actions.observatory.stats import Query, rows
from actions.observatory.tables import screenings, tallies
from tests.actions.conversation import Conversation

PHONE = "+32470123456"
SENDER = "sms-00112233445566778899aabbccddeeff"
RIGHTS = ["integration_income", "increased_reimbursement", "rent_allowance"]


def sent_follow_up(followups, key, language="fr", record=None, sender=SENDER) -> str:
    """A follow-up accepted 14 days ago, whose message the service has just sent."""
    started = datetime.date.today() - datetime.timedelta(days=14)
    identifier = followups.add(lookup=lookup(sender, key), address=seal(PHONE, key), channel="sms",
                               language=language, rights=RIGHTS, today=started, record=record)
    followups.mark_sent(identifier, datetime.date.today())
    return identifier


def saved_record(bot_store) -> str:
    statuses = [{"id": r, "status": "eligible"} for r in RIGHTS]
    return bot_store.save(build({"commune": "jette", "age": 40}, statuses, day=datetime.date.today(),
                                channel="sms", audience="self", language="fr"))


def answering(language="fr", channel="twilio", sender=SENDER) -> Conversation:
    # A new conversation: no slot, no language yet; the channel's metadata as on any message.
    conversation = Conversation(language, input_channel=channel, metadata={"messaging": "sms"}, sender_id=sender)
    conversation.slots = {}
    return conversation


def say(conversation: Conversation, text: str, option: str | None = None, intent: str = "inform") -> list[dict]:
    entities = [{"entity": "option", "value": option}] if option else []
    return conversation.run(ActionReply(), text=text, intent=intent, entities=entities)


def outcomes(bot_store, record: str) -> dict:
    with bot_store.engine.connect() as connection:
        row = connection.execute(select(screenings).where(screenings.c.id == record)).mappings().one()
    return {k: v for k, v in row.items() if (k.startswith(("outcome_", "why_not_asked_")) and v) or k == "followed_up"}


def test_numbers_walk_through_the_rights_and_the_answers_complete_the_linked_record(followups, bot_store, key):
    record = saved_record(bot_store)
    sent_follow_up(followups, key, record=record)
    conversation = answering()
    messages = say(conversation, "2")                      # integration income: asked, waiting
    assert messages[-1]["custom"]["followup"] == "status"
    assert "Intervention majorée (BIM) pour les soins de santé : où en êtes-vous ?" in messages[-1]["text"]
    messages = say(conversation, "4")                      # BIM: not asked
    assert messages[-1]["custom"]["followup"] == "reason"
    assert "pourquoi n'avez-vous pas fait la demande ?" in messages[-1]["text"]
    say(conversation, "3")                                 # no time
    messages = say(conversation, "Reçu")                   # rent allowance: received
    assert "Merci pour vos réponses. Je ne vous écrirai plus." in messages[-1]["text"]
    assert followups.count() == 0                          # the address goes after the answers
    assert outcomes(bot_store, record) == {
        "outcome_integration_income": "waiting", "outcome_increased_reimbursement": "not_asked",
        "why_not_asked_increased_reimbursement": "no_time", "outcome_rent_allowance": "received",
        "followed_up": True}
    with bot_store.engine.connect() as connection:
        counted = connection.execute(select(tallies.c.followed_up, tallies.c.followed_not_asked)
                                     .where(tallies.c.right == "increased_reimbursement")).one()
    assert tuple(counted) == (1, 1)


def test_a_refusal_gets_the_appeal_guidance_in_dutch(followups, key):
    sent_follow_up(followups, key, language="nl")
    conversation = answering("nl")
    messages = say(conversation, "het OCMW heeft het geweigerd")
    guidance = next(m for m in messages if (m.get("custom") or {}).get("claim"))
    assert guidance["custom"]["claim"] == {"right": "integration_income", "outcome": "refused"}
    assert "arbeidsrechtbank" in guidance["text"]
    assert messages[-1]["custom"]["followup"] == "status" and conversation.slots["language"] == "nl"


def test_answers_in_words_are_read_and_without_a_linked_record_nothing_is_kept(followups, bot_store, key):
    sent_follow_up(followups, key)
    conversation = answering()
    say(conversation, "je l'ai demandé, j'attends toujours")
    say(conversation, "pas demandé")
    say(conversation, "trop compliqué")
    messages = say(conversation, "refusé")
    assert any("Vous pouvez contester le refus" in m["text"] for m in messages if m.get("text"))
    assert followups.count() == 0 and bot_store.count() == 0


def test_a_reply_not_understood_is_asked_again_then_the_right_is_skipped(followups, key):
    sent_follow_up(followups, key)
    conversation = answering()
    messages = say(conversation, "bof")
    assert "Pardon, je n'ai pas compris votre réponse." in messages[-1]["text"]
    assert messages[-1]["custom"]["followup"] == "status"
    messages = say(conversation, "bof")
    assert messages[-1]["custom"]["followup"] == "status"   # the next right
    assert followups.sent_to(lookup(SENDER, key), datetime.date.today()).position == 1


def test_stop_deletes_the_follow_up_and_says_so(followups, key):
    sent_follow_up(followups, key, sender="telegram-00112233445566778899aabbccddeeff")
    messages = say(answering(channel="telegram", sender="telegram-00112233445566778899aabbccddeeff"), "STOP")
    assert messages[-1]["text"] == ("C'est arrêté. Ce que je gardais pour vous écrire est effacé. "
                                    "Vous ne recevrez plus de message.")
    assert followups.count() == 0


def test_stop_says_the_anonymous_summary_stays_when_the_person_agreed_to_one(followups, bot_store, key):
    record = saved_record(bot_store)
    sent_follow_up(followups, key, language="nl", record=record, sender="telegram-00112233445566778899aabbccddeeff")
    messages = say(answering("nl", channel="telegram", sender="telegram-00112233445566778899aabbccddeeff"), "STOP")
    assert messages[-1]["text"].split("\n") == [
        "Gestopt. Wat ik bewaarde om u te schrijven, is gewist. U krijgt geen berichten meer.",
        "De anonieme samenvatting blijft. Er staat niet in wie u bent."]
    assert followups.count() == 0 and bot_store.count() == 1


def test_on_whatsapp_any_reply_to_the_template_opens_the_first_question(followups, key):
    started = datetime.date.today() - datetime.timedelta(days=14)
    sender = "whatsapp-00112233445566778899aabbccddeeff"
    identifier = followups.add(lookup=lookup(sender, key), address=seal("whatsapp:" + PHONE, key), channel="whatsapp",
                               language="nl", rights=RIGHTS, today=started, record=None)
    followups.mark_sent(identifier, datetime.date.today(), "template")
    conversation = Conversation("nl", input_channel="twilio", metadata={"messaging": "whatsapp"}, sender_id=sender)
    conversation.slots = {}
    messages = say(conversation, "ja hoor")
    assert messages[-1]["text"] == "Leefloon van het OCMW (de sociale dienst van uw gemeente): hoe staat het ermee?"
    assert say(conversation, "Ontvangen")[-1]["custom"]["followup"] == "status"


def test_stop_before_day_14_deletes_the_follow_up_too(followups, key):
    sender = "telegram-00112233445566778899aabbccddeeff"
    followups.add(lookup=lookup(sender, key), address=seal("987654321", key), channel="telegram", language="fr",
                  rights=RIGHTS, today=datetime.date.today(), record=None)      # not sent yet
    say(answering(channel="telegram", sender=sender), "Stop")
    assert followups.count() == 0


def test_effacer_deletes_the_follow_up_whether_sent_or_not(followups, key):
    sent_follow_up(followups, key)
    messages = say(answering(), "effacer", intent="delete_data")
    assert messages[-1]["custom"].get("deleted") is True
    assert followups.count() == 0
    followups.add(lookup=lookup(SENDER, key), address=seal(PHONE, key), channel="sms", language="fr",
                  rights=RIGHTS, today=datetime.date.today(), record=None)      # not sent yet
    say(answering(), "effacer", intent="delete_data")
    assert followups.count() == 0


def test_another_conversation_is_not_taken_for_the_follow_up(followups, key):
    sent_follow_up(followups, key)
    messages = say(answering(sender="sms-ffeeddccbbaa99887766554433221100"), "bonjour")
    assert all((m.get("custom") or {}).get("followup") is None for m in messages)
    assert followups.count() == 1


def test_outcomes_reach_the_stats_with_the_small_cell_rule(followups, bot_store, key, capsys):
    """Ten answers of each outcome print the shares; one fewer of one of them prints none."""
    def follow(outcome_numbers):
        for number in outcome_numbers:
            record = saved_record(bot_store)
            sender = f"sms-{record}"
            sent_follow_up(followups, key, record=record, sender=sender)
            conversation = answering(sender=sender)
            say(conversation, number)
            if number == "4":
                say(conversation, "1")

    follow(["1", "2", "3", "4"] * 10)
    header, *body = rows(bot_store, Query(by=("right",)))
    line = dict(zip(header, next(b for b in body if b[0] == "integration_income")))
    assert (line["followed_received_share"], line["followed_waiting_share"], line["followed_refused_share"]) == \
        ("0.250", "0.250", "0.250")
    follow(["1"])                                          # 11, 10, 10, 10: still every one >= 10
    line = dict(zip(header, next(b for b in list(rows(bot_store, Query(by=("right",))))[1:] if b[0] == "integration_income")))
    assert line["followed_received_share"] == f"{11 / 41:.3f}"
    other = dict(zip(header, next(b for b in list(rows(bot_store, Query(by=("right",))))[1:] if b[0] == "rent_allowance")))
    assert other["followed_received_share"] == ""          # nobody answered for it: nothing printed
    capsys.readouterr()
    assert stats_command(["--by", "right"]) == 0                   # what `make -s stats BY=right` prints
    printed_line = next(l for l in capsys.readouterr().out.splitlines() if l.startswith("integration_income,"))
    assert printed_line.endswith(f",{11 / 41:.3f},{10 / 41:.3f},{10 / 41:.3f}")
    printed = list(rows(bot_store, Query(by=("commune", "right"))))
    bot_store.rebuild_tallies()                            # counted again from the records: the same
    assert list(rows(bot_store, Query(by=("commune", "right")))) == printed
