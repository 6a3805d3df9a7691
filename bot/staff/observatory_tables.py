"""The dashboard's tables, each written as an HTML <table> and as CSV from the same cells.

The cells are the published strings (observatory_numbers.py): a count under 10 is "<10", a
number hidden to protect a small one is empty, a rate or share is a fraction (0.342). The CSV
keeps them so, with the column names of `make -s stats`; the HTML writes percentages and a dash.
Pure: numbers in, text out.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from html import escape

from actions.i18n import say
from actions.observatory.small_cells import followed_shares
from actions.observatory.tables import FOLLOWED, REASONS
from bot.staff.observatory_numbers import PageNumbers, Row
from bot.staff.observatory_words import (commune_name, month_name, outcome_name, reason_name, right_name,
                                          shown_count, shown_share)

COUNT, SHARE = "count", "share"
# The follow-up's outcomes the page shows; "not asked" only completes their shares.
OUTCOMES = FOLLOWED[:3]


@dataclass
class Table:
    slug: str                                   # the CSV's file name, without .csv
    caption: str
    first: tuple[str, str]                      # the rows' key: CSV name, heading
    columns: list[tuple[str, str, str]]         # CSV name, heading, COUNT or SHARE
    rows: list[tuple[str, str, list[str]]]      # key, name, one cell a column

    def html(self, language: str) -> str:
        head = "".join(f'<th scope="col">{escape(heading)}</th>' for _, heading, _ in self.columns)
        body = []
        for _, name, cells in self.rows:
            shown = [shown_count(cell, language) if kind == COUNT else shown_share(cell, language)
                     for cell, (_, _, kind) in zip(cells, self.columns)]
            body.append(f'<tr><th scope="row">{escape(name)}</th>' + "".join(f"<td>{escape(c)}</td>" for c in shown)
                        + "</tr>")
        return (f'<div class="table-wrap"><table><caption>{escape(self.caption)}</caption>'
                f'<thead><tr><th scope="col">{escape(self.first[1])}</th>{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table></div>')

    def csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([self.first[0], "name", *(name for name, _, _ in self.columns)])
        writer.writerows([key, name, *cells] for key, name, cells in self.rows)
        return out.getvalue()


def _counts_columns(language: str, whole: str) -> list[tuple[str, str, str]]:
    """The columns of a table of screenings (`whole`: what the rows count)."""
    return [("screenings", whole, COUNT),
            ("claimable", say(language, "With a right they could have"), COUNT),
            ("received", say(language, "Receiving all those rights"), COUNT),
            ("non_take_up_rate", say(language, "Estimated non-take-up"), SHARE)]


def communes_table(numbers: PageNumbers, language: str) -> Table:
    rows = [(row.key, commune_name(row.key, language), row.cells()[:4]) for row in numbers.communes]
    return Table("communes", say(language, "Screenings and non-take-up by commune"),
                 ("commune", say(language, "Commune")), _counts_columns(language, say(language, "Screenings")), rows)


def months_table(numbers: PageNumbers, language: str) -> Table:
    rows = [(row.key, month_name(row.key, language), row.cells()[:4]) for row in numbers.months]
    return Table("months", say(language, "Screenings and non-take-up by month"),
                 ("month", say(language, "Month")), _counts_columns(language, say(language, "Screenings")), rows)


def _by_rate(rows: list[Row]) -> list[Row]:
    """Highest published rate first; rights without a published rate after, in their order."""
    return sorted(rows, key=lambda row: -(row.rate() if row.rate() is not None else -1))


def rights_table(numbers: PageNumbers, language: str) -> Table:
    rows = [(row.key, right_name(row.key, language), row.cells()[1:4]) for row in _by_rate(numbers.rights)]
    columns = [("claimable", say(language, "Could have it"), COUNT),
               ("received", say(language, "Receive it"), COUNT),
               ("non_take_up_rate", say(language, "Estimated non-take-up"), SHARE)]
    return Table("rights", say(language, "Estimated non-take-up by right"), ("right", say(language, "Right")),
                 columns, rows)


def reasons_table(numbers: PageNumbers, language: str) -> Table:
    rows = [(row.key, right_name(row.key, language), row.cells()[4:]) for row in numbers.rights]
    columns = [(f"{reason}_share", reason_name(reason, language), SHARE) for reason in REASONS]
    return Table("reasons", say(language, "Why a right is not received, by right"),
                 ("right", say(language, "Right")), columns, rows)


def outcomes_table(followed: dict[str, tuple[int, ...]], language: str) -> Table:
    """What came of the rights the follow-up of day 14 asked about: shares of received, waiting
    and refused (with "not asked" they add up to one), printed as `make stats` prints them."""
    rows = [(right, right_name(right, language), followed_shares(answers)) for right, answers in sorted(followed.items())]
    columns = [(f"followed_{outcome}_share", outcome_name(outcome, language), SHARE) for outcome in OUTCOMES]
    return Table("outcomes", say(language, "What came of the requests, by right"),
                 ("right", say(language, "Right")), columns, rows)


def page_tables(numbers: PageNumbers, language: str) -> dict[str, Table]:
    """Every table of the page by its slug; the outcomes only when the follow-up has answers."""
    tables = [communes_table(numbers, language), rights_table(numbers, language), reasons_table(numbers, language),
              months_table(numbers, language)]
    if numbers.followed:
        tables.append(outcomes_table(numbers.followed, language))
    return {table.slug: table for table in tables}
