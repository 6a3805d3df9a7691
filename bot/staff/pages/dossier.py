"""/dossier: a social worker enters the code a person shows (any case, with or without the
dash) and sees that person's answers and plan of visits, in French or Dutch. Staff only.

A wrong code counts as a failed attempt of the client address, like a wrong password
(bot/staff/sessions.py): 5 a minute, then 429. Every attempt is logged by the store with its
outcome only (actions/handoff_code/store.py). The store is read at the first request, so that
a web server without staff access never opens the database.
"""

from __future__ import annotations

import logging
from html import escape
from http import HTTPStatus

from sqlalchemy.exc import SQLAlchemyError

from actions.handoff_code.dossier import visits_of
from actions.handoff_code.profile_words import answers, claim_words, status_words
from actions.handoff_code.store import default_store
from actions.i18n import say_for
from actions.screening.messages import day
from actions.screening.plan_text import contact_lines, office_name
from actions.screening.vocabulary import DOCUMENTS, RIGHT_NAMES, words
from bot.staff import html
from bot.staff.routes import Request, Response, every, require_staff, route, with_language

logger = logging.getLogger(__name__)

PATH = "/dossier"
# Expired and used-up codes go at every opening and every code given; this catches the rest.
PURGE_SECONDS = 10 * 60


def _title(language: str) -> str:
    return say_for(language, "dossier", "Open a dossier")


@every(PURGE_SECONDS)
def purge() -> None:
    try:
        default_store().purge()
    except SQLAlchemyError as error:
        logger.error("handoff: the purge failed (%s)", type(error).__name__)


def form(request: Request, error: str | None = None, status: int = HTTPStatus.OK) -> Response:
    language = request.language
    lead = escape(say_for(language, "dossier", "Enter the code the person shows you."))
    submit = escape(say_for(language, "dossier", "Open"))
    field = html.text_field("code", say_for(language, "dossier", "Code, for example K7M-4QX"), error=error,
                            extra='autocomplete="off" autocapitalize="characters" spellcheck="false" '
                                  'maxlength="20" required autofocus')
    content = (f'<p>{lead}</p><form method="post" action="{escape(with_language(PATH, language))}" class="stack">'
               f'{html.csrf_field(request)}{field}<button type="submit">{submit}</button></form>')
    return html.page(request, _title(language), content, status)


ERRORS = {
    "unknown": lambda l: say_for(l, "dossier", "This code is unknown. Check each character and try again."),
    "expired": lambda l: say_for(l, "dossier", "This code has expired. A code works for 7 days."),
    "used_up": lambda l: say_for(l, "dossier", "This code was already opened twice. It no longer works."),
}


@route(PATH, title=_title)
def dossier(request: Request) -> Response:
    refused = require_staff(request)
    if refused:
        return refused
    if request.method != "POST":
        return form(request)
    if request.access.failures.blocked(request.address):
        return html.too_many(request)
    try:
        opening = default_store().open(request.form.get("code", ""))
    except SQLAlchemyError as error:
        logger.error("handoff: a code could not be read (%s)", type(error).__name__)
        return html.notice(request, say_for(request.language, "dossier", "Dossiers are not available"),
                           [say_for(request.language, "dossier", "The database does not answer. Try again later.")],
                           HTTPStatus.SERVICE_UNAVAILABLE)
    if opening.outcome != "shown":
        request.access.failures.failed(request.address)  # a guess counts like a wrong password
        return form(request, ERRORS[opening.outcome](request.language), HTTPStatus.NOT_FOUND)
    return shown(request, opening.dossier, opening.language, opening.views_left)


def _list(items: list[str], kind: str = "ul", css: str = "") -> str:
    classes = f' class="{css}"' if css else ""
    return f"<{kind}{classes}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{kind}>"


def shown(request: Request, dossier: dict, person_language: str | None, views_left: int) -> Response:
    language = request.language
    statuses = {r["id"]: r["status"] for r in dossier.get("rights") or ()}
    claims = dossier.get("claims") or {}
    made = say_for(language, "dossier", "Screening made with Iris on {date}.", date=day(dossier["date"], language))
    spoken = say_for(language, "dossier", "The person spoke French.") if person_language == "fr" \
        else say_for(language, "dossier", "The person spoke Dutch.")
    left = say_for(language, "dossier", "This code can be opened once more.") if views_left \
        else say_for(language, "dossier", "This code is now deleted: it cannot be opened again.")
    parts = [f"<p>{escape(made)} {escape(spoken)}</p><p>{escape(left)}</p>"]
    facts = "".join(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>"
                    for label, value in answers(dossier.get("profile") or {}, language))
    answered = escape(say_for(language, "dossier", "Answers"))
    parts.append(f'<h2>{answered}</h2><dl class="facts">{facts}</dl>')
    visits = visits_of(dossier)
    # Babel reads no call inside an f-string: each sentence is looked up on its own first.
    ask_for = escape(say_for(language, "dossier", "Rights to ask for:"))
    bring = escape(say_for(language, "dossier", "Documents to bring:"))
    planned = escape(say_for(language, "dossier", "Plan of visits"))
    if visits:
        items = []
        for visit in visits:
            rights = []
            for right in visit.rights:
                line = f'{words(RIGHT_NAMES, right["id"], language)}: {status_words(right["status"], language)}'
                told = claim_words(claims.get(right["id"], ""), language)
                rights.append(escape(line) + (f". {escape(told)}" if told else ""))
            contact = "".join(f"<p>{escape(line)}</p>" for line in contact_lines(visit, language))
            documents = [escape(words(DOCUMENTS, code, language)) for code in visit.documents]
            name = office_name(visit, language)
            items.append(f"<h3>{escape(name[:1].upper() + name[1:])}</h3>{contact}<p>{ask_for}</p>{_list(rights)}"
                         + (f"<p>{bring}</p>{_list(documents)}" if documents else ""))
        parts.append(f"<h2>{planned}</h2>" + _list(items, "ol", "visits"))
    for status, heading in (("automatic", say_for(language, "dossier", "Rights that should come without a request")),
                            ("already_receiving", say_for(language, "dossier", "Rights already received")),
                            ("unknown", say_for(language, "dossier", "Rights not settled"))):
        named = [escape(words(RIGHT_NAMES, right, language)) for right, found in statuses.items() if found == status]
        if named:
            parts.append(f"<h2>{escape(heading)}</h2>{_list(named)}")
    again = escape(say_for(language, "dossier", "Open another dossier"))
    parts.append(f'<p><a href="{escape(with_language(PATH, language))}">{again}</a></p>')
    return html.page(request, say_for(language, "dossier", "Dossier"), "".join(parts))
