"""The staff pages' layout: server-rendered HTML in the widget's style (bot/web/staff.css), no
script, the page's language on <html>, one <h1>, and the pages every staff path may answer
(access off, a form expired, too many attempts). Every sentence comes from the catalogs."""

from __future__ import annotations

from html import escape
from http import HTTPStatus

from actions.i18n import LANGUAGES, say_for
from bot.staff.routes import LOGOUT, Request, Response, with_language


def other_language(language: str) -> str:
    return next(other for other in LANGUAGES if other != language)


def csrf_field(request: Request) -> str:
    token = request.session.csrf if request.session else ""
    return f'<input type="hidden" name="csrf" value="{escape(token)}">'


def page(request: Request, title: str, content: str, status: int = HTTPStatus.OK,
         headers: dict[str, str] | None = None) -> Response:
    """A whole page: `title` is plain text, `content` is HTML already escaped by its maker."""
    language = request.language
    other = other_language(language)
    # Babel reads no call inside an f-string: each sentence is looked up on its own first.
    other_name = escape(say_for(language, "staff", "Nederlands"))
    log_out = escape(say_for(language, "staff", "Log out"))
    tools_label = escape(say_for(language, "staff", "Page tools"))
    site = escape(say_for(language, "staff", "Iris for social workers"))
    switch = {k: v for k, v in request.query.items() if k in ("next",)}
    tools = (f'<a href="{escape(with_language(request.path, other, **switch))}" lang="{other}" hreflang="{other}">'
             f'{other_name}</a>')
    if request.staff:
        tools += (f'<form method="post" action="{escape(with_language(LOGOUT, language))}">{csrf_field(request)}'
                  f'<button type="submit" class="secondary">{log_out}</button></form>')
    body = f"""<!doctype html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} · {site}</title>
<link rel="stylesheet" href="/style.css">
<link rel="stylesheet" href="/staff.css">
</head>
<body>
<header class="bar"><p class="site">{site}</p><nav class="tools" aria-label="{tools_label}">{tools}</nav></header>
<main id="main">
<h1>{escape(title)}</h1>
{content}
</main>
</body>
</html>
"""
    return Response(status, body.encode(), headers=headers or {})


def notice(request: Request, title: str, lines: list[str], status: int, headers: dict[str, str] | None = None) -> Response:
    """A page that only says something: a title and a few plain sentences."""
    return page(request, title, "".join(f"<p>{escape(line)}</p>" for line in lines), status, headers)


def access_off(request: Request) -> Response:
    language = request.language
    return notice(request, say_for(language, "staff", "Staff access is off"),
                  [say_for(language, "staff", "No staff password is set on this server."),
                   say_for(language, "staff", "The person who runs Iris can set one.")],
                  HTTPStatus.SERVICE_UNAVAILABLE)


def form_expired(request: Request) -> Response:
    language = request.language
    why = escape(say_for(language, "staff", "This form is too old, or it came from another page."))
    again = escape(say_for(language, "staff", "Open the page again"))
    content = f'<p>{why}</p><p><a href="{escape(with_language(request.path, language))}">{again}</a></p>'

    return page(request, say_for(language, "staff", "Form expired"), content, HTTPStatus.FORBIDDEN)


def too_many(request: Request) -> Response:
    language = request.language
    return notice(request, say_for(language, "staff", "Too many attempts"),
                  [say_for(language, "staff", "Too many wrong attempts from this place in one minute."),
                   say_for(language, "staff", "Wait one minute, then try again.")],
                  HTTPStatus.TOO_MANY_REQUESTS, {"Retry-After": "60"})


def text_field(name: str, label: str, kind: str = "text", error: str | None = None, value: str = "",
               extra: str = "") -> str:
    """A labelled input; an error is shown above it and tied to it for screen readers."""
    described = ""
    shown = ""
    if error:
        described = f' aria-invalid="true" aria-describedby="{name}-error"'
        shown = f'<p class="error" id="{name}-error">{escape(error)}</p>'
    return (f'<label for="{name}">{escape(label)}</label>{shown}'
            f'<input id="{name}" name="{name}" type="{kind}" value="{escape(value)}"{described} {extra}>')
