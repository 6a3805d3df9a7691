"""The follow-up service with a clock of the test's own and a real local HTTP server standing in
for Telegram and Twilio: the message goes on day 14 and not before, at a decent hour, by the
channel's API, with its choices numbered on SMS; what is past day 21 is deleted, answered or
not; and the raw databases hold no phone number or chat id in clear."""

from __future__ import annotations

import base64
import datetime
import subprocess
from pathlib import Path

from sqlalchemy import create_engine, text

from actions.followup.address import seal
from actions.followup.key import lookup
from bot.followup.service import BRUSSELS, run_once

ROOT = Path(__file__).resolve().parents[3]
PHONE = "+32470123456"
CHAT_ID = "987654321"
STARTED = datetime.date(2026, 12, 1)


def at(day: int, hour: int) -> callable:
    """A clock that says day `day` after the yes, at `hour` in Brussels."""
    moment = datetime.datetime.combine(STARTED + datetime.timedelta(days=day), datetime.time(hour, 30), BRUSSELS)
    return lambda: moment


def accept(followups, key, channel="sms", address=PHONE, sender="sms-aa", language="fr") -> str:
    return followups.add(lookup=lookup(sender, key), address=seal(address, key), channel=channel,
                         language=language, rights=["integration_income", "increased_reimbursement"],
                         today=STARTED, record=None)


def test_the_sms_goes_on_day_14_not_before_and_only_between_10_and_19(followups, key, api):
    accept(followups, key)
    for day, hour in ((13, 12), (13, 23), (14, 7), (14, 19)):
        assert run_once(followups, key, clock=at(day, hour)).sent == 0, (day, hour)
    assert api.received == []
    assert run_once(followups, key, clock=at(14, 10)).sent == 1
    [request] = api.received
    assert request.path == "/2010-04-01/Accounts/AC0123/Messages.json"
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"AC0123:twilio-token").decode()
    form = request.form()
    assert form["To"] == PHONE and form["From"] == "+3225550000"
    assert form["Body"].startswith("Bonjour, c'est Iris. Il y a 14 jours, nous avons regardé ensemble les aides possibles pour vous.")
    assert "Revenu d'intégration du CPAS (le service social de votre commune)" in form["Body"]
    assert form["Body"].endswith("\n1 Recu\n2 Demandé, j'attends la réponse\n3 Refusé\n4 Pas demandé")  # GSM-7: ç is c
    assert run_once(followups, key, clock=at(14, 11)).sent == 0       # sent once
    assert followups.sent_to(lookup("sms-aa", key), STARTED + datetime.timedelta(days=14)) is not None


def test_on_telegram_the_message_goes_to_the_chat_with_its_choices_as_a_keyboard(followups, key, api):
    accept(followups, key, channel="telegram", address=CHAT_ID, sender="telegram-aa", language="nl")
    assert run_once(followups, key, clock=at(15, 16)).sent == 1
    [request] = api.received
    assert request.path == "/bot123:abc/sendMessage"
    body = request.json()
    assert body["chat_id"] == CHAT_ID
    assert body["text"].startswith("Hallo, dit is Iris. 14 dagen geleden bekeken we samen welke hulp u misschien kunt krijgen.")
    assert [row[0]["text"] for row in body["reply_markup"]["keyboard"]] == \
        ["Ontvangen", "Aangevraagd, ik wacht op antwoord", "Geweigerd", "Niet aangevraagd"]


def test_whatsapp_sends_the_approved_template(followups, key, api, monkeypatch):
    monkeypatch.setenv("IRIS_WHATSAPP_FOLLOWUP_TEMPLATE", "HXabc")
    accept(followups, key, channel="whatsapp", address="whatsapp:" + PHONE, sender="whatsapp-aa")
    assert run_once(followups, key, clock=at(14, 12)).sent == 1
    form = api.received[0].form()
    assert form["ContentSid"] == "HXabc" and form["From"] == "whatsapp:+3225550000" and "Body" not in form
    assert form["To"] == "whatsapp:" + PHONE
    assert followups.sent_to(lookup("whatsapp-aa", key), STARTED + datetime.timedelta(days=14)).step == "template"


def test_a_refused_send_is_tried_again_next_round_and_says_nothing_of_the_address(followups, key, api, caplog):
    accept(followups, key)
    api.status = 500
    assert run_once(followups, key, clock=at(14, 12)).failed == 1
    assert PHONE not in caplog.text and "HTTP 500" in caplog.text
    api.status = 200
    assert run_once(followups, key, clock=at(14, 12)).sent == 1


def test_after_21_days_the_follow_up_is_deleted_even_without_an_answer(followups, key, api):
    accept(followups, key)
    assert run_once(followups, key, clock=at(14, 12)).sent == 1
    assert run_once(followups, key, clock=at(20, 12)).deleted == 0 and followups.count() == 1
    assert run_once(followups, key, clock=at(21, 3)).deleted == 1 and followups.count() == 0


def test_a_follow_up_never_sent_by_day_21_is_deleted_not_sent(followups, key, api):
    accept(followups, key, channel="telegram", address=CHAT_ID, sender="telegram-aa")
    assert run_once(followups, key, clock=at(21, 12)).sent == 0
    assert followups.count() == 0 and api.received == []


def test_the_raw_database_holds_no_phone_number_or_chat_id_in_clear(followups, key, database_url):
    accept(followups, key)
    accept(followups, key, channel="telegram", address=CHAT_ID, sender="telegram-aa")
    assert followups.count() == 2
    if database_url.startswith("sqlite:///"):
        followups.engine.dispose()   # the WAL folded into the file
        raw = b"".join(p.read_bytes() for p in Path(database_url.removeprefix("sqlite:///")).parent.glob("*.db*"))
    else:
        with create_engine(database_url).connect() as connection:
            raw = str(connection.execute(text("SELECT * FROM followups")).all()).encode()
    for secret in (PHONE, PHONE.lstrip("+"), "470123456", CHAT_ID, "sms-aa", "telegram-aa"):
        assert secret.encode() not in raw, secret
    assert b"gAAAAA" in raw   # the Fernet tokens are there


def test_stop_from_the_rasa_servers_environment_deletes_the_follow_up(followups, key, database_url):
    """The SMS channel runs in the Rasa server (SQLAlchemy 1.4, psycopg2): STOP deletes there."""
    accept(followups, key)
    url = database_url.replace("postgresql+psycopg:", "postgresql+psycopg:")  # swapped inside when needed
    script = "from actions.followup.forget import forget_followup; print(forget_followup('sms-aa'))"
    done = subprocess.run([str(ROOT / ".venvs" / "rasa" / "bin" / "python"), "-c", script], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "IRIS_FOLLOWUP_KEY": key, "IRIS_FOLLOWUP_DB": url})
    assert done.stdout.strip() == "1", done.stderr
    assert followups.count() == 0



def test_stop_during_the_day_14_questions_from_the_rasa_servers_environment_says_what_stays(followups, key,
                                                                                          database_url):
    """What the SMS channel reads at STOP, on SQLite and PostgreSQL: the language, and that the
    anonymous summary stays; a follow-up not sent yet gives nothing (the screening's reply)."""
    today = datetime.date.today()   # the Rasa server reads the real date: the rows are made today
    sent = followups.add(lookup=lookup("sms-aa", key), address=seal(PHONE, key), channel="sms", language="nl",
                         rights=["integration_income"], today=today, record=None)
    followups.mark_sent(sent, today)
    followups.add(lookup=lookup("sms-bb", key), address=seal(PHONE, key), channel="sms", language="fr",
                  rights=["integration_income"], today=today, record=None)
    script = ("from actions.followup.forget import stop_followup as s; print(s('sms-aa'), s('sms-bb'), s('sms-aa'))")
    done = subprocess.run([str(ROOT / ".venvs" / "rasa" / "bin" / "python"), "-c", script], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "IRIS_FOLLOWUP_KEY": key, "IRIS_FOLLOWUP_DB": database_url})
    assert done.stdout.strip() == "Stopped(language='nl', summary_kept=False) None None", done.stderr
    assert followups.count() == 0

def test_the_follow_up_migration_goes_down_and_up_again(followups, key):
    accept(followups, key)
    followups.migrate("base", down=True)
    followups.migrate("head")
    assert followups.count() == 0
    accept(followups, key)
    assert followups.count() == 1
