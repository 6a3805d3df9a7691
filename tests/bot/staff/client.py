"""A staff member's HTTP client for the tests: keeps the session cookie as a browser would (over
plain HTTP to 127.0.0.1, which browsers treat as secure), and reads the CSRF token of a page."""

from __future__ import annotations

import html
import http.client
import re
import urllib.parse
from dataclasses import dataclass

from bot.staff.sessions import COOKIE


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: str

    @property
    def text(self) -> str:
        """The page with its character references read, as a person sees the words."""
        return html.unescape(self.body)

    @property
    def csrf(self) -> str:
        return re.search(r'name="csrf" value="([^"]*)"', self.body).group(1)


class StaffClient:
    def __init__(self, port: int, address: str | None = None) -> None:
        self.port = port
        self.cookie: str | None = None
        # Sent as X-Forwarded-For to a server that trusts 127.0.0.1 as its proxy: another client.
        self.address = address

    def request(self, method: str, path: str, form: dict[str, str] | None = None,
                headers: dict[str, str] | None = None) -> Reply:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        sent = dict(headers or {})
        if self.cookie:
            sent.setdefault("Cookie", f"{COOKIE}={self.cookie}")
        if self.address:
            sent["X-Forwarded-For"] = self.address
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            sent.setdefault("Content-Type", "application/x-www-form-urlencoded")
        try:
            connection.request(method, path, body=body, headers=sent)
            reply = connection.getresponse()
            got = Reply(reply.status, {k.lower(): v for k, v in reply.getheaders()}, reply.read().decode())
        finally:
            connection.close()
        cookie = got.headers.get("set-cookie")
        if cookie and cookie.startswith(f"{COOKIE}="):
            value = cookie.split(";", 1)[0].split("=", 1)[1]
            self.cookie = value or None
        return got

    def get(self, path: str, **headers: str) -> Reply:
        return self.request("GET", path, headers=headers)

    def post(self, path: str, form: dict[str, str]) -> Reply:
        return self.request("POST", path, form)

    def log_in(self, password: str, next_path: str = "") -> Reply:
        page = self.get("/staff/login" + (f"?next={urllib.parse.quote(next_path)}" if next_path else ""))
        return self.post("/staff/login", {"csrf": page.csrf, "password": password, "next": next_path})
