"""STOP by SMS or WhatsApp, through the Twilio channel's own Sanic blueprint on a real local
server (Rasa environment): signed webhook requests in, the goodbye Iris sends to a local HTTP
server standing in for Twilio's API out. STOP never reaches the model, so none is needed."""

from __future__ import annotations

import asyncio
import base64
import datetime
import hashlib
import hmac
import threading
import urllib.parse
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest
from cryptography.fernet import Fernet
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from sanic import Sanic
from sqlalchemy import create_engine, func, select

from actions.followup.address import seal
from actions.followup.key import lookup
from actions.followup.tables import followups, metadata
from bot.channels.senders import KEY_VARIABLE, pseudonym
from bot.channels.twilio_messaging import TwilioMessagingInput
from bot.channels.settings import TwilioSettings
from bot.services import free_port

PUBLIC_URL = "https://iris.example"
PATH = "/webhooks/twilio/webhook"
TOKEN = "twilio-token"
OUR_NUMBER = "+3225550000"
PHONE = "+32470123456"
PSEUDONYM_KEY = "a-pseudonym-key-for-tests"


@pytest.fixture(scope="module")
def iris():
    """Twilio's Messages API stand-in (records each message Iris sends, answers 201 as Twilio
    does) and the channel's blueprint served on a free port, once for the module: Sanic 21
    cannot set up a second app in one process."""
    api_port, port = free_port(), free_port()
    sent: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the standard library's name
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
            sent.append({k: v[0] for k, v in urllib.parse.parse_qs(body).items()})
            self.send_response(201)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"sid": "SM0", "status": "queued"}')

        def do_DELETE(self) -> None:  # noqa: N802 - the person's message deleted from Twilio's log
            self.send_response(204)
            self.end_headers()

        def log_message(self, *_: object) -> None:
            return None

    api = ThreadingHTTPServer(("127.0.0.1", api_port), Handler)
    threading.Thread(target=api.serve_forever, daemon=True).start()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(KEY_VARIABLE, PSEUDONYM_KEY)
        channel = TwilioMessagingInput(TwilioSettings("AC0123", TOKEN, OUR_NUMBER, PUBLIC_URL,
                                                      f"http://127.0.0.1:{api_port}"))

    async def never(_message) -> None:  # STOP is answered by the channel alone
        raise AssertionError("STOP reached Rasa")

    app = Sanic("twilio_stop")
    app.ctx.agent = SimpleNamespace(tracker_store=InMemoryTrackerStore(Domain.empty()))
    app.blueprint(channel.blueprint(never), url_prefix="/webhooks/twilio")
    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, daemon=True).start()

    async def start():
        server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
        await server.startup()
        return server

    server = asyncio.run_coroutine_threadsafe(start(), loop).result(timeout=60)
    yield SimpleNamespace(url=f"http://127.0.0.1:{port}{PATH}", sent=sent)
    server.close()
    asyncio.run_coroutine_threadsafe(server.wait_closed(), loop).result(timeout=60)
    loop.call_soon_threadsafe(loop.stop)
    api.shutdown()
    api.server_close()


@pytest.fixture
def twilio_api(iris) -> list[dict]:
    """The messages Iris sends to Twilio during this test."""
    iris.sent.clear()
    return iris.sent


@pytest.fixture
def followup_db(tmp_path, monkeypatch):
    """The follow-up table in a SQLite file, as the latest migration leaves it, and a key."""
    url = f"sqlite:///{tmp_path / 'followup.db'}"
    key = Fernet.generate_key().decode()
    monkeypatch.setenv("IRIS_FOLLOWUP_DB", url)
    monkeypatch.setenv("IRIS_FOLLOWUP_KEY", key)
    engine = create_engine(url)
    metadata.create_all(engine)
    yield SimpleNamespace(engine=engine, key=key)
    engine.dispose()


def add_followup(db, address: str, language: str, *, sent: bool, record: str | None = None) -> None:
    """One follow-up row for this address, as a yes at the screening's end leaves it; `sent` once
    the day-14 message went out."""
    kind = "whatsapp" if address.startswith("whatsapp:") else "sms"
    sender_id = pseudonym(kind, address, PSEUDONYM_KEY)
    today = datetime.date.today()
    with db.engine.begin() as connection:
        connection.execute(followups.insert(), [{
            "id": uuid.uuid4().hex, "lookup": lookup(sender_id, db.key), "address": seal(address, db.key),
            "channel": kind, "language": language, "rights": "integration_income",
            "due_on": today, "delete_on": today + datetime.timedelta(days=7), "record": record,
            "sent_on": today if sent else None, "position": 0, "step": "status" if sent else None}])


def rows(db) -> int:
    with db.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(followups)).scalar_one()


def signed_stop(address: str, text: str) -> tuple[dict, dict]:
    form = {"MessageSid": f"SM{uuid.uuid4().hex}", "AccountSid": "AC0123", "From": address,
            "To": ("whatsapp:" if address.startswith("whatsapp:") else "") + OUR_NUMBER, "Body": text,
            "NumMedia": "0", "ToState": ""}
    signed = PUBLIC_URL + PATH + "".join(name + form[name] for name in sorted(form))
    signature = base64.b64encode(hmac.new(TOKEN.encode(), signed.encode(), hashlib.sha1).digest()).decode()
    return form, {"X-Twilio-Signature": signature}


def send(iris, address: str, text: str) -> int:
    """Posts a signed Twilio message to the channel; the HTTP status."""
    form, headers = signed_stop(address, text)
    request = urllib.request.Request(iris.url, data=urllib.parse.urlencode(form).encode(), headers={
        "Content-Type": "application/x-www-form-urlencoded", **headers})
    with urllib.request.urlopen(request, timeout=60) as reply:
        return reply.status


def test_stop_during_the_day_14_questions_by_sms_gets_the_follow_ups_reply_in_french(iris, twilio_api, followup_db):
    add_followup(followup_db, PHONE, "fr", sent=True)
    assert send(iris, PHONE, "STOP") == 204
    assert [m["Body"] for m in twilio_api] == [
        "C'est arreté. Ce que je gardais pour vous écrire est effacé. Vous ne recevrez plus de message."]  # GSM-7: ê is e
    assert twilio_api[0]["To"] == PHONE and rows(followup_db) == 0


def test_stop_during_the_day_14_questions_by_whatsapp_gets_the_follow_ups_reply_in_dutch(iris, twilio_api, followup_db):
    add_followup(followup_db, "whatsapp:" + PHONE, "nl", sent=True)
    assert send(iris, "whatsapp:" + PHONE, "stop") == 204
    assert [m["Body"] for m in twilio_api] == [
        "Gestopt. Wat ik bewaarde om u te schrijven, is gewist. U krijgt geen berichten meer."]
    assert rows(followup_db) == 0


def test_stop_says_the_anonymous_summary_stays_when_the_person_agreed_to_one(iris, twilio_api, followup_db):
    add_followup(followup_db, "whatsapp:" + PHONE, "fr", sent=True, record=uuid.uuid4().hex)
    assert send(iris, "whatsapp:" + PHONE, "STOP") == 204
    assert twilio_api[0]["Body"].split("\n") == [
        "C'est arrêté. Ce que je gardais pour vous écrire est effacé. Vous ne recevrez plus de message.",
        "Le résumé anonyme reste. Il ne dit pas qui vous êtes."]
    assert rows(followup_db) == 0


def test_stop_without_a_follow_up_keeps_the_screenings_reply(iris, twilio_api, followup_db):
    assert send(iris, "whatsapp:" + PHONE, "STOPPEN") == 204
    assert [m["Body"] for m in twilio_api] == ["Gestopt. Uw antwoorden zijn gewist. U krijgt geen berichten meer."]


def test_stop_before_the_day_14_message_deletes_the_follow_up_and_keeps_the_screenings_reply(iris, twilio_api, followup_db):
    add_followup(followup_db, "whatsapp:" + PHONE, "fr", sent=False)
    assert send(iris, "whatsapp:" + PHONE, "ARRET") == 204
    assert [m["Body"] for m in twilio_api] == ["C'est arrêté. Vos réponses sont effacées. Vous ne recevrez plus de message."]
    assert rows(followup_db) == 0
