"""/observatoire (French) and /observatorium (Dutch): the observatory dashboard, for staff only,
and the CSV of each of its tables (/observatoire/communes.csv ...). The page's language is its
path's; `?lang=` of the shared page tools leads to the other path with the same filter.

The records come from the observatory's store (IRIS_STATS_DB, as `make -s stats` reads it).
"""

from __future__ import annotations

import dataclasses
import logging
import urllib.parse
from http import HTTPStatus

from sqlalchemy.exc import SQLAlchemyError

from actions.i18n import say
from actions.observatory.store import StoreSettingError, default_store
from bot.staff import html
from bot.staff.observatory_numbers import Filter, page_numbers
from bot.staff.observatory_page import FilterError, content, filter_form, filter_from
from bot.staff.observatory_tables import page_tables
from bot.staff.observatory_words import PATHS
from bot.staff.routes import Request, Response, redirect, require_staff, route

logger = logging.getLogger(__name__)
SLUGS = ("communes", "rights", "reasons", "months", "outcomes")
LANGUAGE_OF = {path: language for language, path in PATHS.items()}


def _prepared(request: Request) -> tuple[Request, Response | None]:
    """The request in its path's language, or the answer that comes first: the other language's
    path when `?lang=` asks for it, the login when not logged in."""
    base = request.path.split("/", 2)[1]
    language = LANGUAGE_OF[f"/{base}"]
    asked = request.query.get("lang")
    if asked in PATHS and asked != language:
        kept = {k: v for k, v in request.query.items() if k != "lang"}
        moved = request.path.replace(PATHS[language], PATHS[asked], 1)
        return request, redirect(moved + ("?" + urllib.parse.urlencode(kept) if kept else ""))
    request = dataclasses.replace(request, language=language)
    return request, require_staff(request)




def _unreadable(request: Request) -> Response:
    language = request.language
    logger.error("observatory: the statistics database cannot be opened")
    return html.notice(request, say(language, "Observatory of non-take-up"),
                       [say(language, "The statistics cannot be read now. Try again later.")],
                       HTTPStatus.SERVICE_UNAVAILABLE)


def dashboard(request: Request) -> Response:
    request, first = _prepared(request)
    if first:
        return first
    language = request.language
    title = say(language, "Observatory of non-take-up")
    try:
        chosen = filter_from(request.query, language)
    except FilterError as error:
        return html.page(request, title, filter_form(Filter(), language, str(error)), HTTPStatus.BAD_REQUEST)
    try:
        numbers = page_numbers(default_store(), chosen)
    except (StoreSettingError, SQLAlchemyError):
        return _unreadable(request)
    return html.page(request, title, content(numbers, chosen, language))


def download(request: Request) -> Response:
    request, first = _prepared(request)
    if first:
        return first
    language = request.language
    try:
        chosen = filter_from(request.query, language)
    except FilterError as error:
        return Response(HTTPStatus.BAD_REQUEST, f"{error}\n".encode(), "text/plain; charset=utf-8")
    try:
        numbers = page_numbers(default_store(), chosen)
    except (StoreSettingError, SQLAlchemyError):
        return _unreadable(request)
    slug = request.path.rsplit("/", 1)[1].removesuffix(".csv")
    table = page_tables(numbers, language).get(slug)
    if table is None:  # the outcomes, when the follow-up has no answer in the period
        missing = say(language, "No such table for this period.")
        return Response(HTTPStatus.NOT_FOUND, f"{missing}\n".encode(), "text/plain; charset=utf-8")
    return Response(HTTPStatus.OK, table.csv().encode(), "text/csv; charset=utf-8",
                    {"Content-Disposition": f'attachment; filename="iris-{slug}.csv"'})


for _path in PATHS.values():
    route(_path)(dashboard)
    for _slug in SLUGS:
        route(f"{_path}/{_slug}.csv")(download)
