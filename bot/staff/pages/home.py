"""/staff/: the list of the staff pages, each by its title (route(..., title=...))."""

from __future__ import annotations

from html import escape

from actions.i18n import say_for
from bot.staff import html
from bot.staff.routes import HOME, TITLES, Request, Response, require_staff, route, with_language


@route(HOME)
def home(request: Request) -> Response:
    refused = require_staff(request)
    if refused:
        return refused
    language = request.language
    links = "".join(f'<li><a href="{escape(with_language(path, language))}">{escape(title(language))}</a></li>'
                    for path, title in sorted(TITLES.items()))
    return html.page(request, say_for(language, "staff", "Staff pages"), f'<ul class="pages">{links}</ul>')
