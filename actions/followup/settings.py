"""Where the follow-ups are kept (IRIS_FOLLOWUP_DB), read with the standard library alone: the
action server, the follow-up service and the Rasa server (for STOP) all read it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping

ROOT = Path(__file__).resolve().parents[2]
DB_VARIABLE = "IRIS_FOLLOWUP_DB"
DEFAULT_URL = f"sqlite:///{ROOT / '.cache' / 'followup.db'}"
# WhatsApp lets a business write after 24 hours only with a template Meta approved: its id
# (Twilio's Content SID). Without it the follow-up is not offered on WhatsApp.
WHATSAPP_TEMPLATE_VARIABLE = "IRIS_WHATSAPP_FOLLOWUP_TEMPLATE"


def url_from_environment(environ: Mapping[str, str] = os.environ) -> str:
    return environ.get(DB_VARIABLE) or DEFAULT_URL


def whatsapp_template(environ: Mapping[str, str] = os.environ) -> str | None:
    return environ.get(WHATSAPP_TEMPLATE_VARIABLE, "").strip() or None
