"""Checking that a webhook request comes from Twilio (its X-Twilio-Signature header).

Twilio signs the URL it called with the form's parameters and the account's auth token. Behind a
proxy, that URL is the public one (IRIS_PUBLIC_URL), not the one Rasa sees, so the URL is rebuilt
from the public base, the request's path and its query string.
"""

from __future__ import annotations

from typing import Any, Optional

from twilio.request_validator import RequestValidator


def signed_url(public_base: Optional[str], seen_url: str, path: str, query_string: str) -> str:
    """The URL Twilio called: the public base with the request's path and query, if configured."""
    if not public_base:
        return seen_url
    return public_base.rstrip("/") + path + (f"?{query_string}" if query_string else "")


def is_from_twilio(auth_token: str, url: str, form: Any, signature: Optional[str]) -> bool:
    """True when `signature` is Twilio's for this URL and form (a dict, or a multi-value form)."""
    if not signature:
        return False
    return RequestValidator(auth_token).validate(url, form or {}, signature)
