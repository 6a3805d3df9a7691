"""The follow-up service, started and supervised by `make run` when IRIS_FOLLOWUP_KEY is set:
every few minutes it deletes the follow-ups past day 21, and sends the ones due (day 14) between
10:00 and 19:00, Brussels time, through the channel's API. Its clock can be replaced (tests).

    python -m bot.followup.service --port N [--interval SECONDS]

GET /health answers 200 once the store is open. A key that is not a Fernet key: one line naming
IRIS_FOLLOWUP_KEY, exit status 2. Nothing of an address or a message is ever logged.
"""

from __future__ import annotations

import argparse
import datetime
import logging
import os
import signal
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Mapping
from zoneinfo import ZoneInfo

from cryptography.fernet import InvalidToken
from sqlalchemy.exc import SQLAlchemyError

from actions.followup import sentences
from actions.followup.address import open_sealed
from actions.followup.key import BadKey, followup_key
from actions.followup.settings import whatsapp_template
from actions.followup.store import STATUS, TEMPLATE, FollowUp, Store, default_store
from actions.plain_language import explain_first_use
from actions.screening.vocabulary import RIGHT_NAMES, words
from bot.channels.settings import TelegramSettings, TwilioSettings
from bot.followup.senders import SendError, send_sms, send_telegram, send_whatsapp

logger = logging.getLogger("bot.followup")
BRUSSELS = ZoneInfo("Europe/Brussels")
SEND_FROM_HOUR, SEND_UNTIL_HOUR = 10, 19   # nobody is woken by a question
DEFAULT_INTERVAL_SECONDS = 300.0


def brussels_now() -> datetime.datetime:
    return datetime.datetime.now(BRUSSELS)


@dataclass
class Round:
    sent: int = 0
    failed: int = 0
    deleted: int = 0


def _send(followup: FollowUp, address: str, environ: Mapping[str, str]) -> None:
    message = sentences.status_question(followup.rights[0], followup.language, first=True)
    # Sent outside any conversation: its abbreviations get their meaning here (CPAS, BIM...).
    message["text"] = explain_first_use(message["text"], followup.language, set())
    if followup.channel == "telegram":
        settings = TelegramSettings.from_environment(environ)
        if settings is None:
            raise SendError("Telegram is not configured")
        send_telegram(settings, address, message)
        return
    settings = TwilioSettings.from_environment(environ)
    if settings is None:
        raise SendError("Twilio is not configured")
    if followup.channel == "whatsapp":
        template = whatsapp_template(environ)
        if template is None:
            raise SendError("no WhatsApp template")
        # The template's one variable: the aids asked about, by name.
        names = ", ".join(words(RIGHT_NAMES, r, followup.language) for r in followup.rights)
        send_whatsapp(settings, address, template, {"1": names})
        return
    send_sms(settings, address, message)


def run_once(store: Store, key: str, clock: Callable[[], datetime.datetime] = brussels_now,
             environ: Mapping[str, str] | None = None) -> Round:
    """One round: delete what is past day 21, then send what is due, if the hour is right."""
    environ = os.environ if environ is None else environ
    now = clock().astimezone(BRUSSELS)
    today = now.date()
    done = Round(deleted=store.purge(today))
    if not SEND_FROM_HOUR <= now.hour < SEND_UNTIL_HOUR:
        return done
    for followup in store.due(today):
        try:
            address = open_sealed(followup.address, key)
        except InvalidToken:
            # Sealed with another key: it can never be sent; keeping it would serve nothing.
            store.delete(followup.id)
            done.deleted += 1
            logger.error("A follow-up sealed with another key was deleted.")
            continue
        try:
            _send(followup, address, environ)
        except SendError as error:
            done.failed += 1
            logger.error("A follow-up could not be sent (%s); it is tried again next round.", error)
            continue
        store.mark_sent(followup.id, today, TEMPLATE if followup.channel == "whatsapp" else STATUS)
        done.sent += 1
    return done


class _Health(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        self.send_response(200 if self.path == "/health" else 404)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"ok" if self.path == "/health" else b"")

    def log_message(self, *_: object) -> None:
        return None  # the health check every half second would fill the log


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.followup.service")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--interval", type=float, default=DEFAULT_INTERVAL_SECONDS)
    arguments = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        key = followup_key()
    except BadKey as error:
        print(error, file=sys.stderr)
        return 2
    if key is None:
        print("IRIS_FOLLOWUP_KEY is not set: the follow-up is not offered, nothing to send.", file=sys.stderr)
        return 2
    try:
        store = default_store()
    except SQLAlchemyError as error:
        print(f"IRIS_FOLLOWUP_DB: the database cannot be opened ({type(error).__name__})", file=sys.stderr)
        return 2
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    server = ThreadingHTTPServer(("127.0.0.1", arguments.port), _Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    logger.info("The follow-up service runs: a round every %g s.", arguments.interval)
    try:
        while not stop.is_set():
            try:
                done = run_once(store, key)
            except SQLAlchemyError as error:
                logger.error("A follow-up round failed (%s); the next one tries again.", type(error).__name__)
            else:
                if done.sent or done.failed or done.deleted:
                    logger.info("Follow-ups: %d sent, %d not sent, %d deleted.", done.sent, done.failed, done.deleted)
            stop.wait(arguments.interval)
    except KeyboardInterrupt:
        pass
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
