"""The observatory dashboard's content: the filter, the map and the charts, each with its table
and its CSV. Rendered on the server as plain HTML and SVG: no script, styles from
bot/web/observatory.css. French at /observatoire, Dutch at /observatorium.

The filter is a GET form (from, to, which records), so a page's address says what it shows and
the CSV links carry the same filter.
"""

from __future__ import annotations

import datetime
import urllib.parse
from html import escape

from actions.i18n import say
from actions.observatory.small_cells import THRESHOLD
from actions.observatory.tables import REASONS
from bot.staff.observatory_charts import rate_bars, share_bars
from bot.staff.observatory_map import commune_map, legend
from bot.staff.observatory_numbers import Filter, PageNumbers
from bot.staff.observatory_tables import OUTCOMES, Table, page_tables
from bot.staff.observatory_words import PATHS, outcome_name, reason_name, shown_count

ALL, CONVERSATIONS = "all", "conversations"


class FilterError(ValueError):
    """A value of the filter is wrong; the message is one line for the page."""


def _date(text: str | None, language: str, which: str) -> datetime.date | None:
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise FilterError(say(language, "The date '{which}' must be written as 2026-01-31.", which=which)) from None


def filter_from(query: dict[str, str], language: str) -> Filter:
    """The filter a page's address asks for; bad values raise FilterError."""
    start = _date(query.get("from"), language, say(language, "From"))
    end = _date(query.get("to"), language, say(language, "To"))
    if start and end and start > end:
        raise FilterError(say(language, "The first date must not be after the second."))
    sources = query.get("records") or ALL
    if sources not in (ALL, CONVERSATIONS):
        raise FilterError(say(language, "Choose which records to show."))
    return Filter(start, end, caseload=sources == ALL)


def filter_query(chosen: Filter) -> dict[str, str]:
    """The address's query for a filter: what the form sends."""
    query = {}
    if chosen.start:
        query["from"] = chosen.start.isoformat()
    if chosen.end:
        query["to"] = chosen.end.isoformat()
    query["records"] = ALL if chosen.caseload else CONVERSATIONS
    return query


def filter_form(chosen: Filter, language: str, error: str | None = None) -> str:
    path = PATHS[language]
    start = chosen.start.isoformat() if chosen.start else ""
    end = chosen.end.isoformat() if chosen.end else ""
    problem = f'<p class="error" id="filter-error">{escape(error)}</p>' if error else ""
    described = ' aria-describedby="filter-error"' if error else ""
    options = []
    for value, words, checked in ((ALL, say(language, "Conversations and caseloads of associations"), chosen.caseload),
                                  (CONVERSATIONS, say(language, "Conversations only"), not chosen.caseload)):
        options.append(f'<div class="choice"><input type="radio" id="records-{value}" name="records" value="{value}"'
                       f'{" checked" if checked else ""}><label for="records-{value}">{escape(words)}</label></div>')
    heading, start_label, end_label = say(language, "Choose what to show"), say(language, "From"), say(language, "To")
    which, show = say(language, "Which records"), say(language, "Show")
    return f"""<form class="filter" method="get" action="{path}">
<h2 id="filter-heading">{escape(heading)}</h2>{problem}
<div class="dates">
<div><label for="from">{escape(start_label)}</label>
<input type="date" id="from" name="from" value="{start}"{described}></div>
<div><label for="to">{escape(end_label)}</label>
<input type="date" id="to" name="to" value="{end}"{described}></div>
</div>
<fieldset><legend>{escape(which)}</legend>{"".join(options)}</fieldset>
<button type="submit">{escape(show)}</button>
</form>"""


def _download(table: Table, chosen: Filter, language: str) -> str:
    address = f"{PATHS[language]}/{table.slug}.csv?{urllib.parse.urlencode(filter_query(chosen))}"
    words = say(language, "Download this table (CSV)")
    return f'<p class="download"><a href="{escape(address)}" download>{escape(words)}</a></p>'


def _section(slug: str, heading: str, chart: str, table: Table, chosen: Filter, language: str) -> str:
    return (f'<section aria-labelledby="{slug}-heading"><h2 id="{slug}-heading">{escape(heading)}</h2>'
            f'{chart}{table.html(language)}{_download(table, chosen, language)}</section>')


def _shares(cells: list[str]) -> list[float] | None:
    return [float(cell) for cell in cells] if all(cells) else None


def period_line(numbers: PageNumbers, language: str) -> str:
    total = numbers.total_screenings()
    if total:
        count = say(language, "Screenings in this period: {count}.", count=shown_count(total, language))
    elif numbers.total.screenings < THRESHOLD:
        count = say(language, "Fewer than 10 screenings in this period.")
    else:
        count = say(language, "The number of screenings is not shown, to protect small numbers.")
    return f"<p>{escape(count)}</p>"


def content(numbers: PageNumbers, chosen: Filter, language: str) -> str:
    """The page's content below its title."""
    tables = page_tables(numbers, language)
    other = PATHS["nl" if language == "fr" else "fr"]
    same_elsewhere = f"{other}?{urllib.parse.urlencode(filter_query(chosen))}"
    # Babel reads no call inside an f-string: each sentence is said first.
    counts = say(language, "Anonymous counts from the screenings of people who agreed.")
    meaning = say(language, "Estimated non-take-up: people who could have a right but do not receive it.")
    small = say(language, "A number under 10 is shown as <10. A dash protects such a number.")
    elsewhere = say(language, "The same page in the other language")
    parts = [
        '<link rel="stylesheet" href="/observatory.css">',
        '<div class="observatory">',
        f'<p>{escape(counts)} {escape(meaning)}</p>',
        f'<p>{escape(small)}</p>',
        f'<p><a href="{escape(same_elsewhere)}">{escape(elsewhere)}</a></p>',
        filter_form(chosen, language),
        period_line(numbers, language),
        _section("communes", say(language, "Non-take-up by commune"),
                 commune_map(numbers.communes, language, "communes-heading") + legend(language),
                 tables["communes"], chosen, language),
    ]
    rights = tables["rights"]
    rates = [(name, float(cells[2]) if cells[2] else None) for _, name, cells in rights.rows]
    parts.append(_section("rights", say(language, "Non-take-up by right"),
                          rate_bars(rates, language, "rights-heading"), rights, chosen, language))
    reasons = tables["reasons"]
    parts.append(_section("reasons", say(language, "Why rights are not received"),
                          share_bars([(name, _shares(cells)) for _, name, cells in reasons.rows],
                                     [reason_name(r, language) for r in REASONS], language, "reasons-heading"),
                          reasons, chosen, language))
    months = tables["months"]
    parts.append(_section("months", say(language, "Non-take-up by month"),
                          rate_bars([(name, float(cells[3]) if cells[3] else None) for _, name, cells in months.rows],
                                    language, "months-heading"), months, chosen, language))
    if "outcomes" in tables:
        outcomes = tables["outcomes"]
        parts.append(_section("outcomes", say(language, "What came of the requests"),
                              share_bars([(name, _shares(cells)) for _, name, cells in outcomes.rows],
                                         [outcome_name(o, language) for o in OUTCOMES], language, "outcomes-heading"),
                              outcomes, chosen, language))
    parts.append("</div>")
    return "\n".join(parts)
