"""The staff pages' registry, and the one entry bot/web_server.py calls first for GET and POST.

A page module in bot/staff/pages/ registers itself:

    from bot.staff.routes import Request, Response, require_staff, route

    @route("/staff/example", title=lambda language: say_for(language, "staff", "Example"))
    def example(request: Request) -> Response:
        refused = require_staff(request)   # the login page, with the way back, when not logged in
        if refused:
            return refused
        return html.page(request, title, content)

A page given a title is listed, by that title, on the staff home page (/staff/).
`handle` answers every path in ROUTES: it reads the form (application/x-www-form-urlencoded,
at most MAX_FORM bytes), checks the CSRF token of every POST against the session, and answers
"staff access is off" for every page while no password is set.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
import urllib.parse
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Callable

from actions.i18n import DEFAULT_LANGUAGE, LANGUAGES
from bot.staff import pages
from bot.staff.password import StaffPassword
from bot.staff.sessions import FailedLogins, Session, Sessions, cookie_header, session_id

MAX_FORM = 4 * 1024
LOGIN = "/staff/login"
LOGOUT = "/staff/logout"
# Where a login leads when no page asked for it: the list of staff pages.
HOME = "/staff/"
# The widget's policy, but forms may post to this origin, and no script at all runs here.
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
}


@dataclass
class StaffAccess:
    """What the staff pages of one web server share: the password (None: access is off), the
    sessions, the failed attempts a client address, and the proxies whose forwarding is believed."""
    password: StaffPassword | None
    proxies: frozenset[str] = frozenset()
    sessions: Sessions = field(default_factory=Sessions)
    failures: FailedLogins = field(default_factory=FailedLogins)


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    language: str
    address: str
    session: Session | None
    access: StaffAccess

    @property
    def staff(self) -> bool:
        return bool(self.session and self.session.staff)


@dataclass
class Response:
    status: int
    body: bytes = b""
    kind: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


ROUTES: dict[str, Callable[[Request], Response]] = {}
# The pages listed on the staff home page: path -> its title in a language.
TITLES: dict[str, Callable[[str], str]] = {}


def route(path: str, title: Callable[[str], str] | None = None
          ) -> Callable[[Callable[[Request], Response]], Callable[[Request], Response]]:
    def register(page: Callable[[Request], Response]) -> Callable[[Request], Response]:
        ROUTES[path] = page
        if title is not None:
            TITLES[path] = title
        return page
    return register


# Work the pages want done now and then (a purge): (seconds, function), started by start_timers.
TIMERS: list[tuple[float, Callable[[], None]]] = []


def every(seconds: float) -> Callable[[Callable[[], None]], Callable[[], None]]:
    def register(work: Callable[[], None]) -> Callable[[], None]:
        TIMERS.append((seconds, work))
        return work
    return register


def start_timers() -> threading.Event:
    """Runs each registered work every so often in a daemon thread (the web server's main),
    until the event returned is set."""
    stop = threading.Event()
    for seconds, work in TIMERS:
        def loop(seconds=seconds, work=work) -> None:
            while not stop.wait(seconds):
                work()
        threading.Thread(target=loop, name=f"staff-{work.__name__}", daemon=True).start()
    return stop


def load_pages() -> None:
    """Imports every module of bot/staff/pages/, each registering its paths."""
    for module in pkgutil.iter_modules(pages.__path__):
        importlib.import_module(f"{pages.__name__}.{module.name}")


def redirect(location: str, headers: dict[str, str] | None = None) -> Response:
    return Response(HTTPStatus.SEE_OTHER, b"", "text/plain; charset=utf-8", {"Location": location, **(headers or {})})


def with_language(path: str, language: str, **query: str) -> str:
    return path + "?" + urllib.parse.urlencode({**query, "lang": language})


def require_staff(request: Request) -> Response | None:
    """None for a logged-in staff member; otherwise the way to the login page and back here."""
    if request.staff:
        return None
    back = request.path
    if request.method == "GET":
        kept = {k: v for k, v in request.query.items() if k != "lang"}
        back += ("?" + urllib.parse.urlencode(kept)) if kept else ""
    return redirect(with_language(LOGIN, request.language, next=back))


def safe_next(value: str | None) -> str:
    """A page of this site to go to after the login: a registered path, never another host."""
    value = value or ""
    bare = value.split("?", 1)[0]
    if not value.startswith("/") or value.startswith("//") or "\\" in value or bare not in ROUTES \
            or bare in (LOGIN, LOGOUT):
        return HOME
    return value


def language_of(asked: str | None, accept: str | None) -> str:
    """?lang= first, then the browser's preference (Accept-Language), then French."""
    if asked in LANGUAGES:
        return asked
    preferences = []
    for position, item in enumerate((accept or "").split(",")[:20]):
        tag, _, weight = item.strip().partition(";q=")
        try:
            quality = float(weight) if weight else 1.0
        except ValueError:
            quality = 0.0
        preferences.append((-quality, position, tag.split("-", 1)[0].strip().lower()))
    for _, _, tag in sorted(preferences):
        if tag in LANGUAGES:
            return tag
    return DEFAULT_LANGUAGE


def _read_form(request_handler) -> tuple[dict[str, str] | None, Response | None]:
    from bot.web_server import body_length  # the web server imports this module

    length = body_length(request_handler.headers.get("Content-Length"))
    kind = (request_handler.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
    if length is None or length > MAX_FORM:
        request_handler.close_connection = True  # the body is never read
        return None, Response(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"Form too large\n", "text/plain; charset=utf-8")
    raw = request_handler.rfile.read(length)
    if kind != "application/x-www-form-urlencoded":
        return None, Response(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, b"Send a form\n", "text/plain; charset=utf-8")
    try:
        fields = urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True, max_num_fields=20)
    except (UnicodeDecodeError, ValueError):
        return None, Response(HTTPStatus.BAD_REQUEST, b"Bad form\n", "text/plain; charset=utf-8")
    return dict(fields), None


def handle(request_handler, method: str, path: str) -> bool:
    """Answers a request for a staff page and returns True; False when the path is not one."""
    from bot.staff import html
    from bot.web_server import client_address  # the web server imports this module

    bare, _, query_string = path.partition("?")
    page = ROUTES.get(bare)
    if page is None:
        return False
    access: StaffAccess = request_handler.staff_access
    try:
        query = dict(urllib.parse.parse_qsl(query_string, keep_blank_values=True, max_num_fields=20))
    except ValueError:
        query = {}
    headers = request_handler.headers
    language = language_of(query.get("lang"), headers.get("Accept-Language"))
    form: dict[str, str] = {}
    problem = None
    if method == "POST":
        form, problem = _read_form(request_handler)
    session = access.sessions.find(session_id(headers.get("Cookie")))
    request = Request(method, bare, query, form or {}, language,
                      client_address(request_handler.client_address[0], headers.get("X-Forwarded-For"), access.proxies),
                      session, access)
    if problem is not None:
        response = problem
    elif access.password is None:
        response = html.access_off(request)
    elif method == "POST" and not (session and session.csrf_matches(form.get("csrf"))):
        response = html.form_expired(request)
    else:
        response = page(request)
    request_handler._reply(response.status, response.body, response.kind, {**HEADERS, **response.headers})
    return True


def keep_session(request: Request) -> tuple[Session, dict[str, str]]:
    """The request's session, or a new one with the header that sets its cookie."""
    if request.session is not None:
        return request.session, {}
    session = request.access.sessions.start()
    return session, {"Set-Cookie": cookie_header(session)}
