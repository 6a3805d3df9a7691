"""/staff/login and /staff/logout: the shared staff password opens a session for 8 hours idle.

A wrong password counts as a failed attempt of the client address (the same count as wrong
dossier codes); after 5 in a minute, every attempt from it gets 429 until the minute has passed.
"""

from __future__ import annotations

import logging
from html import escape
from http import HTTPStatus

from actions.i18n import say_for
from bot.staff import html
from bot.staff.routes import LOGIN, LOGOUT, Request, Response, keep_session, redirect, route, safe_next, with_language
from bot.staff.sessions import cookie_header

logger = logging.getLogger(__name__)


def form(request: Request, error: str | None = None, status: int = HTTPStatus.OK) -> Response:
    language = request.language
    session, headers = keep_session(request)
    request.session = session
    target = safe_next(request.form.get("next") or request.query.get("next"))
    who = escape(say_for(language, "staff", "This page is for the staff of a CPAS or an association."))
    submit = escape(say_for(language, "staff", "Log in"))
    field = html.text_field("password", say_for(language, "staff", "Staff password"), "password", error,
                            extra='autocomplete="current-password" required autofocus')
    content = (f'<p>{who}</p><form method="post" action="{escape(with_language(LOGIN, language))}" class="stack">'
               f'{html.csrf_field(request)}<input type="hidden" name="next" value="{escape(target)}">'
               f'{field}<button type="submit">{submit}</button></form>')
    return html.page(request, say_for(language, "staff", "Staff login"), content, status, headers)


def onwards(request: Request) -> str:
    """The page asked for before the login, in the language of the login page."""
    target = safe_next(request.form.get("next") or request.query.get("next"))
    return target if "lang=" in target else target + ("&" if "?" in target else "?") + f"lang={request.language}"


@route(LOGIN)
def login(request: Request) -> Response:
    if request.method != "POST":
        return redirect(onwards(request)) if request.staff else form(request)
    if request.access.failures.blocked(request.address):
        logger.warning("staff: login refused, too many failures")
        return html.too_many(request)
    if not request.access.password.matches(request.form.get("password", "")):
        request.access.failures.failed(request.address)
        logger.warning("staff: wrong password")
        return form(request, say_for(request.language, "staff", "Wrong password. Try again."), HTTPStatus.UNAUTHORIZED)
    session = request.access.sessions.log_in(request.session)
    logger.info("staff: logged in")
    return redirect(onwards(request), {"Set-Cookie": cookie_header(session)})


@route(LOGOUT)
def logout(request: Request) -> Response:
    if request.method != "POST":
        return redirect(with_language(LOGIN, request.language))
    request.access.sessions.end(request.session)
    return redirect(with_language(LOGIN, request.language), {"Set-Cookie": cookie_header(None)})
