"""Iris's action server: rasa_sdk's, started warm, on 127.0.0.1, and never answering with a trace.

- Warm before ready: the engine's model for today, the catalogs, the directory and the lexicon
  are built before the port opens (bot/services.py waits for /health), so the first people do not
  wait for them; shortly before midnight the next day's model is built, so nobody waits at 00:00.
- Bound to 127.0.0.1 by default: only the Rasa server beside it calls /webhook, and anyone who
  can reach /webhook can run actions. rasa_sdk itself listens on every interface.
- Slots and entities are checked against the contract before an action reads them
  (bot/contract_check.py): a value typed by hand (`/inform{"commune": "x"}`) is dropped, never
  handed on to the engine, which would raise.
- An action that raises answers with the apology (bot/channels/apology.py) in the conversation's
  language and changes nothing, instead of rasa_sdk's 500 whose body is the whole tracker (which
  Rasa then writes to its log). The log gets the error's type and place, never its message.
- A call whose caller has hung up (Rasa stops waiting after 5 s) is not run (bot/caller_gone.py),
  so that work nobody waits for does not delay everyone queued behind it.

    python -m bot.action_server [--actions actions] [--port 5055] [--host 127.0.0.1]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import logging
import sys
import time
import traceback
from pathlib import Path
from typing import Any, Callable, Dict, Optional

from rasa_sdk import utils
from rasa_sdk.endpoint import create_app
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher
from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException
from sanic import response

from bot.caller_gone import caller_gone
from bot.channels.apology import apology, language_of
from bot.contract_check import bad_slots, checked_entities

logger = logging.getLogger("bot.action_server")

# The next day's model is built this long before midnight.
PREPARE_BEFORE_MIDNIGHT = datetime.timedelta(minutes=10)


def where(error: BaseException) -> str:
    """The innermost frame of our own code, as file:line (no values, no message)."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "/site-packages/" not in f.filename] or frames
    return f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"


def apologising(run: Callable) -> Callable:
    async def run_or_apologise(self: ActionExecutor, action_call: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        tracker = action_call.get("tracker") or {}
        bad = bad_slots(tracker.get("slots") or {})
        if bad:
            logger.warning("Values outside the contract dropped for: %s", ", ".join(bad))
            tracker["slots"] = {**tracker["slots"], **{field: None for field in bad}}
        latest = tracker.get("latest_message") or {}
        if latest.get("entities"):
            latest["entities"] = checked_entities(latest["entities"])
        emptied = [SlotSet(field, None) for field in bad]  # in Rasa's tracker too
        try:
            result = await run(self, action_call)
            if emptied and result is not None:
                result["events"] = emptied + list(result.get("events") or [])
            return result
        except (ActionExecutionRejection, ActionNotFoundException):
            raise
        except Exception as error:  # noqa: BLE001 - the person gets an apology, the log no data
            logger.error("Action %s failed: %s at %s (conversation not logged).",
                         action_call.get("next_action"), type(error).__name__, where(error))
            dispatcher = CollectingDispatcher()
            message = apology(language_of(tracker.get("slots")), "action_failed")
            dispatcher.utter_message(text=message["text"], json_message=message["custom"])
            return {"events": emptied, "responses": dispatcher.messages}

    return run_or_apologise


def warm(today: datetime.date) -> None:
    """Builds what the first turns would otherwise build (each part caches itself)."""
    from actions.directory.bodies import body_ids
    from actions.eligibility import engine
    from actions.i18n import LANGUAGES, catalog
    from actions.screening.reader import read

    started = time.monotonic()
    for language in LANGUAGES:
        catalog(language)
    body_ids()
    engine.office_for_commune("bruxelles")
    engine.model(today)
    engine.assess({"date": today.isoformat()})
    for text in ("Bonjour, je vis seule à Schaerbeek avec deux enfants", "Hallo, ik ben 70 en woon alleen"):
        read(None, text, {}, {})
    logger.info("Warm in %.1f s: model of %s, catalogs, directory, lexicon.", time.monotonic() - started, today)


def seconds_until_next_preparation(now: datetime.datetime) -> float:
    midnight = datetime.datetime.combine(now.date() + datetime.timedelta(days=1), datetime.time())
    due = midnight - PREPARE_BEFORE_MIDNIGHT
    if now >= due:
        due += datetime.timedelta(days=1)
    return (due - now).total_seconds()


async def prepare_each_next_day() -> None:
    from actions.eligibility import engine

    while True:
        await asyncio.sleep(seconds_until_next_preparation(datetime.datetime.now()))
        tomorrow = datetime.date.today() + datetime.timedelta(days=1)
        try:
            await asyncio.get_running_loop().run_in_executor(None, engine.model, tomorrow)
            logger.info("The model of %s is ready.", tomorrow)
        except Exception as error:  # noqa: BLE001 - it will then be built on first use
            logger.error("Preparing the model of %s failed: %s at %s", tomorrow, type(error).__name__, where(error))


dropped = 0  # requests not worked on because Rasa had already given up on them


async def drop_if_caller_gone(request: Any) -> Any:
    """Sanic request middleware: an action call whose caller hung up (bot/caller_gone.py) gets
    an empty answer at once instead of a turn of the engine's time."""
    global dropped
    if request.path == "/webhook" and caller_gone(request.transport):
        dropped += 1
        if dropped == 1 or dropped % 100 == 0:
            logger.warning("Requests dropped because Rasa had stopped waiting for them: %d so far.", dropped)
        return response.empty(status=503)
    return None


async def error_without_request(request: Any, error: Exception) -> Any:
    """rasa_sdk's own handler answers with the request body (the tracker): never that."""
    logger.error("Request to %s failed: %s at %s", request.path, type(error).__name__, where(error))
    return response.json({"error": type(error).__name__}, status=500)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run Iris's action server.")
    parser.add_argument("--actions", default="actions")
    parser.add_argument("--port", type=int, default=5055)
    parser.add_argument("--host", default="127.0.0.1")
    options = parser.parse_args(argv)
    utils.configure_colored_logging("INFO")
    utils.update_sanic_log_level()

    warm(datetime.date.today())
    ActionExecutor.run = apologising(ActionExecutor.run)
    app = create_app(options.actions, cors_origins=None)
    app.error_handler.add(Exception, error_without_request)
    app.register_middleware(drop_if_caller_gone, "request")
    app.add_task(prepare_each_next_day())
    logger.info("Action server on http://%s:%d", options.host, options.port)
    app.run(options.host, options.port, workers=1, access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
