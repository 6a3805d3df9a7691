"""The starter bot of `rasa init`, the yardstick of the chat and reliability benchmarks.

Created with `rasa init --no-prompt`, which copies Rasa's own template and trains it with Rasa's
default pipeline (no pretrained language model, so nothing is downloaded), once, into
.cache/bench/starter. It has no custom actions (its actions.py is all comments), so it runs
without an action server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bot.model import ROOT
from bot.services import RASA, Service, free_port

STARTER = ROOT / ".cache" / "bench" / "starter"
# Its own stories: greeting, a sad mood cheered up, a happy mood, "are you a bot?", goodbye.
STARTER_TURNS = ("hello", "I am sad", "yes", "great", "no", "very good", "hi there", "bye",
                 "are you a bot?", "I feel happy", "not really", "goodbye")


def quiet_environment() -> dict[str, str]:
    # Rasa reports usage to its company unless told not to; the benchmarks send nothing outside.
    return {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}


def ensure_starter() -> Path:
    """The `rasa init` project and its trained model, made once and kept in .cache/bench/."""
    models = STARTER / "models"
    if models.exists() and any(models.glob("*.tar.gz")):
        return models
    shutil.rmtree(STARTER, ignore_errors=True)
    STARTER.mkdir(parents=True)  # rasa init refuses a folder that does not exist
    print("Creating and training the rasa init starter bot (once, about a minute)...", file=sys.stderr)
    subprocess.run([str(RASA), "init", "--no-prompt", "--init-dir", str(STARTER)], cwd=STARTER.parent,
                   env=quiet_environment(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return models


def starter_service(logs: Path) -> Service:
    """The trained starter bot's Rasa server on a free port, REST channel only (not started)."""
    models = ensure_starter()
    port = free_port()
    return Service("starter bot", port,
                   [str(RASA), "run", "--model", str(models), "--port", str(port),
                    "--interface", "127.0.0.1", "--credentials", str(STARTER / "credentials.yml")],
                   f"http://127.0.0.1:{port}/webhooks/rest/", logs / "starter.log",
                   settings={"RASA_TELEMETRY_ENABLED": "false"})
