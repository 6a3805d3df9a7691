"""Staff sessions in the web server's memory, and the limit on failed logins.

A session starts before the login, so that the login form carries a CSRF token of its own; a
login gives it a new id (the old one is dropped: no session fixation) and marks it as staff.
A session ends after 8 hours without a request, 12 hours after its login, at logout, or when
the web server restarts. The cookie is HttpOnly, Secure and SameSite=Strict: browsers keep a
Secure cookie over HTTPS, and over plain HTTP only on localhost.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from typing import Callable, Deque

COOKIE = "iris_staff"
IDLE_SECONDS = 8 * 3600
LONGEST_SECONDS = 12 * 3600
FAILED_LOGINS_PER_MINUTE = 5
# Sessions kept at most: a flood of visits to the login page drops the oldest sessions that never
# logged in, never a staff member's.
MAX_VISITORS = 5_000
MAX_STAFF = 1_000


@dataclass
class Session:
    id: str
    csrf: str
    staff: bool
    started: float
    seen: float = field(default=0.0)

    def csrf_matches(self, token: str | None) -> bool:
        return hmac.compare_digest(self.csrf.encode(), (token or "").encode())


class Sessions:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._visitors: "OrderedDict[str, Session]" = OrderedDict()
        self._staff: "OrderedDict[str, Session]" = OrderedDict()
        self._lock = threading.Lock()

    def start(self) -> Session:
        """A new session, not logged in."""
        now = self.clock()
        session = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32), False, now, now)
        with self._lock:
            self._keep(self._visitors, session, MAX_VISITORS)
        return session

    def find(self, session_id: str | None) -> Session | None:
        """The live session of that id, its idle time reset; None when unknown or expired."""
        if not session_id:
            return None
        now = self.clock()
        with self._lock:
            for sessions in (self._staff, self._visitors):
                session = sessions.pop(session_id, None)
                if session is None:
                    continue
                if now - session.seen > IDLE_SECONDS or now - session.started > LONGEST_SECONDS:
                    return None
                session.seen = now
                sessions[session_id] = session  # the most recent last: the idlest go first
                return session
        return None

    def log_in(self, session: Session) -> Session:
        """A staff session in place of `session`, under a new id and with a new token."""
        now = self.clock()
        staff = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32), True, now, now)
        with self._lock:
            self._visitors.pop(session.id, None)
            self._staff.pop(session.id, None)  # a second login from a logged-in page replaces it
            self._keep(self._staff, staff, MAX_STAFF)
        return staff

    def end(self, session: Session) -> None:
        with self._lock:
            self._visitors.pop(session.id, None)
            self._staff.pop(session.id, None)

    @staticmethod
    def _keep(sessions: "OrderedDict[str, Session]", session: Session, most: int) -> None:
        sessions[session.id] = session
        while len(sessions) > most:
            sessions.popitem(last=False)


class FailedLogins:
    """At most `per_minute` failures (wrong passwords, wrong codes) an address within any 60 s;
    past that, every attempt from it is refused until the oldest failure is a minute old."""

    def __init__(self, per_minute: int = FAILED_LOGINS_PER_MINUTE, keys: int = 100_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute, self.keys, self.clock = per_minute, keys, clock
        self._times: "OrderedDict[str, Deque[float]]" = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, address: str) -> Deque[float]:
        now = self.clock()
        times = self._times.pop(address, None) or deque()
        while times and times[0] <= now - 60:
            times.popleft()
        self._times[address] = times
        while len(self._times) > self.keys:
            self._times.popitem(last=False)
        return times

    def blocked(self, address: str) -> bool:
        with self._lock:
            return len(self._recent(address)) >= self.per_minute

    def failed(self, address: str) -> None:
        with self._lock:
            self._recent(address).append(self.clock())


def cookie_header(session: Session | None) -> str:
    """The Set-Cookie value that keeps `session`, or that deletes the cookie when None."""
    value, age = (session.id, LONGEST_SECONDS) if session else ("", 0)
    return f"{COOKIE}={value}; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age={age}"


def session_id(cookie: str | None) -> str | None:
    """The session id in a request's Cookie header, if any."""
    if not cookie:
        return None
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(cookie)
    except CookieError:
        return None
    morsel = jar.get(COOKIE)
    return morsel.value if morsel else None
