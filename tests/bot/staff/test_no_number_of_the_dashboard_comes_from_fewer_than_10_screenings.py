"""The small-cell rule over a whole dashboard page, and over the page with and without the
caseload records: every number the two pages print is the size of a known set of screenings;
so are the totals a reader can add up from a table whose rows are all shown, and what such a
total leaves for the rows hidden in another table. None of these sets has fewer than 10 members,
and no two of them, one inside the other, differ by fewer than 10 (the check of
tests/actions/observatory, on SQLite and on a real PostgreSQL)."""

from __future__ import annotations

import pytest

from actions.eligibility.enums import RIGHT_IDS
from actions.observatory.record import to_ask_about
from actions.observatory.small_cells import followed_shares
from actions.observatory.tables import FOLLOWED, REASONS
from bot.staff.observatory_numbers import (CLAIMABLE, NOT_CLAIMABLE, NOT_RECEIVED, QUANTITIES, RECEIVED, SCREENINGS,
                                           Filter, PageNumbers, Row, as_counts, by_source, folded,
                                           hidden_by_the_row_rule, page_numbers)
from tests.actions.observatory.conftest import database_url, postgres_server, store  # noqa: F401 - fixtures
from tests.actions.observatory.test_no_published_number_comes_from_fewer_than_10_screenings import violations
from tests.bot.staff.observatory_records import fill, generated


def _sets(members) -> dict[str, set]:
    screenings = {i for i, _ in members}
    claimable = {i for i, r in members if any(r.claimable(x) for x in RIGHT_IDS)}
    received = {i for i, r in members if any(r.claimable(x) for x in RIGHT_IDS)
                and all(r.received(x) for x in RIGHT_IDS if r.claimable(x))}
    return {SCREENINGS: screenings, CLAIMABLE: claimable, RECEIVED: received,
            NOT_CLAIMABLE: screenings - claimable, NOT_RECEIVED: claimable - received}


def _visible(row: Row, shows_screenings: bool = True) -> set[str]:
    s, c, r, rate = row.cells()[:4]
    seen = set()
    if s.isdigit() and shows_screenings:
        seen.add(SCREENINGS)
    if c.isdigit():
        seen.add(CLAIMABLE)
        if SCREENINGS in seen:
            seen.add(NOT_CLAIMABLE)
    if r.isdigit():
        seen.add(RECEIVED)
    if rate:
        seen.add(NOT_RECEIVED)
    return seen


def _month(record) -> str:
    return record.week.strftime("%Y-%m")


def published_sets(numbers: PageNumbers, members, answers, followed, label: str) -> list[tuple[str, str, set]]:
    """(what, printed value, set of screening ids) for every number of one page, and for the
    totals and remainders a reader can work out from it."""
    found, totals, hidden_parts = [], {}, []
    for name, rows, key_of in (("communes", numbers.communes, lambda r: r.commune), ("months", numbers.months, _month)):
        for row in rows:
            sets = _sets([(i, r) for i, r in members if key_of(r) == row.key])
            seen = _visible(row)
            for quantity in QUANTITIES:
                printed = {SCREENINGS: 0, CLAIMABLE: 1, RECEIVED: 2}.get(quantity)
                if quantity in seen:
                    found.append((f"{label} {name} {row.key} {quantity}", str(len(sets[quantity])), sets[quantity]))
                elif printed is not None and row.cells()[printed] == "<10":
                    found.append((f"{label} {name} {row.key} {quantity}", "<10", sets[quantity]))
        for quantity in QUANTITIES:
            rows_sets = [(row, _sets([(i, r) for i, r in members if key_of(r) == row.key])[quantity]) for row in rows]
            if all(quantity in _visible(row) for row, _ in rows_sets):
                totals[quantity] = set().union(*(ids for _, ids in rows_sets))
            hidden_parts.append((name, quantity, set().union(*(ids for row, ids in rows_sets
                                                                if quantity not in _visible(row)))))
    for quantity, ids in totals.items():
        found.append((f"{label} total {quantity}", str(len(ids)), ids))
    for name, quantity, ids in hidden_parts:
        if quantity in totals and ids:
            found.append((f"{label} {name} hidden {quantity}", str(len(ids)), ids))
    if numbers.total_screenings():
        found.append((f"{label} period", numbers.total_screenings(), {i for i, _ in members}))
    everyone = {i for i, _ in members}
    for row in numbers.rights:
        claimable = {i for i, r in members if r.claimable(row.key)}
        received = {i for i, r in members if r.received(row.key)}
        seen = _visible(row, shows_screenings=False)
        named = {CLAIMABLE: claimable, RECEIVED: received, NOT_RECEIVED: claimable - received}
        if SCREENINGS in totals:
            named[NOT_CLAIMABLE] = everyone - claimable
            if CLAIMABLE in seen:
                seen.add(NOT_CLAIMABLE)
        for quantity, ids in named.items():
            if quantity in seen:
                found.append((f"{label} right {row.key} {quantity}", str(len(ids)), ids))
        said = [(i, reason) for i, r, reason in answers if row.key in to_ask_about(r.statuses)]
        answered = {i for i, _ in said}
        for reason, share in zip(REASONS, row.cells()[4:]):
            ids = {i for i, given in said if given == reason}
            found.append((f"{label} right {row.key} {reason}", share, ids))
            found.append((f"{label} right {row.key} not {reason}", share, answered - ids))
    kept = {i for i, _ in members}
    for right, counts in numbers.followed.items():
        answered = [(i, outcome) for i, r, outcome in followed if r == right and i in kept]
        for outcome, share in zip(FOLLOWED, followed_shares(counts)):
            ids = {i for i, given in answered if given == outcome}
            found.append((f"{label} outcome {right} {outcome}", share, ids))
            found.append((f"{label} outcome {right} not {outcome}", share, {i for i, _ in answered} - ids))
    return found


def both_pages(store, records, answers, followed):
    """The sets of the page with the caseload records and of the page without them."""
    found = []
    for caseload in (True, False):
        members = [(i, r) for i, r in records if caseload or r.source == "conversation"]
        kept_answers = [(i, r, reason) for i, r, reason in answers if caseload or r.source == "conversation"]
        found += published_sets(page_numbers(store, Filter(caseload=caseload)), members, kept_answers, followed,
                                "with caseloads" if caseload else "conversations")
    return found


@pytest.fixture
def filled(store):
    records, answers, followed = generated()
    return fill(store, records, answers, followed), records, answers, followed


def test_no_number_of_the_two_pages_and_no_difference_between_them_comes_from_fewer_than_10(filled):
    store, records, answers, followed = filled
    found = both_pages(store, records, answers, followed)
    assert violations(found) == []
    counts = [(what, value, ids) for what, value, ids in found if value.isdigit()]
    assert len(counts) > 50, "the pages must publish numbers, or the test checks nothing"
    assert all(int(value) == len(ids) for _, value, ids in counts)  # each number is what it says


def test_the_page_rules_are_needed_the_row_rule_alone_lets_a_total_give_a_small_commune_away(filled):
    """The check itself can fail: the same page with only the row rule of `make stats` breaks it."""
    store, records, answers, _ = filled
    read = {f"{d}s": folded(by_source(store, Filter(), d), ("conversation", "caseload"))
            for d in ("commune", "month", "right")}
    rows = {name: [Row(key, as_counts(sums), hidden_by_the_row_rule(as_counts(sums)))
                   for key, sums in sorted(table.items())] for name, table in read.items()}
    bare = PageNumbers(rows["communes"], rows["months"], rows["rights"], as_counts(read["communes"]["anderlecht"]))
    found = published_sets(bare, records, answers, [], "row rule only")
    problems = violations(found)
    assert any("communes hidden screenings" in problem for problem in problems), problems


def test_the_data_meets_every_page_rule(filled):
    """A commune under 10, a row hidden for a total, a right hidden for the total of claimable
    screenings and a row hidden for the caseload all occur, so the first test sees them."""
    store, *_ = filled
    with_caseloads = page_numbers(store, Filter(caseload=True))
    by_rows = {row.key: row for row in with_caseloads.communes}
    assert by_rows["koekelberg"].cells()[0] == "<10"
    assert any(row.cells()[0] == "" for row in with_caseloads.communes)  # hidden beyond the row rule
    assert any(row.hidden - hidden_by_the_row_rule(row.counts) for row in with_caseloads.rights)
    alone = page_numbers(store, Filter(caseload=False))
    assert [row.cells() for row in alone.communes] != [row.cells() for row in with_caseloads.communes]
    assert all(followed_shares(with_caseloads.followed["integration_income"]))  # the outcomes are printed
