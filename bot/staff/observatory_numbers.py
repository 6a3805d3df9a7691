"""The numbers of the observatory dashboard: read from the tallies, then made safe to publish
together on one page.

A page shows three tables cut from the same screenings: by commune (the map), by month (the
trend) and by right. `actions/observatory/small_cells.py` keeps each row safe on its own. On a
page, sums across rows become numbers too: the communes add up to the total, and so do the
months, so the total minus the communes shown gives the communes hidden. So, per table and per
quantity (screenings, claimable, not claimable, received, not received), what is hidden must add
up to 10 or more, if anything is; when it does not, the smallest row still shown is hidden too.
A right's claimable screenings sit inside the screenings with some claimable right (the total of
the communes): a right within 10 of that total is hidden.

The page with the caseload records and the page without them can both be asked for, so they are
made safe together: a row 1 to 9 apart from the same row without the caseloads is hidden; what
one page hides the other hides too; and the caseload records among the rows hidden on both add up
to none or to 10 or more.

What cannot be protected here: two pages with different dates can still be subtracted (a week
less gives that week); the README says so.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from actions.observatory.small_cells import SMALL, THRESHOLD, Counts, published
from actions.observatory.stats import SUMMED, Query, grouped
from actions.observatory.store import Store
from actions.observatory.tables import FOLLOWED, REASONS

SCREENINGS, CLAIMABLE, NOT_CLAIMABLE, RECEIVED, NOT_RECEIVED = (
    "screenings", "claimable", "not_claimable", "received", "not_received")
QUANTITIES = (SCREENINGS, CLAIMABLE, NOT_CLAIMABLE, RECEIVED, NOT_RECEIVED)
# Hiding one quantity of a row hides those that would give it back by a subtraction within the row.
# Hiding the screenings rather than the claimable keeps the rate, which is what the map shows.
HIDES = {
    SCREENINGS: frozenset((SCREENINGS, NOT_CLAIMABLE)),
    CLAIMABLE: frozenset((CLAIMABLE, NOT_CLAIMABLE, RECEIVED, NOT_RECEIVED)),
    NOT_CLAIMABLE: frozenset((SCREENINGS, NOT_CLAIMABLE)),
    RECEIVED: frozenset((RECEIVED, NOT_RECEIVED)),
    NOT_RECEIVED: frozenset((RECEIVED, NOT_RECEIVED)),
}
SOURCES_WITH_CASELOAD = ("conversation", "caseload")
SOURCES_WITHOUT = ("conversation",)


def value(quantity: str, counts: Counts) -> int:
    s, c, r = counts.screenings, counts.claimable, counts.received
    return {SCREENINGS: s, CLAIMABLE: c, NOT_CLAIMABLE: s - c, RECEIVED: r, NOT_RECEIVED: c - r}[quantity]


def hidden_by_the_row_rule(counts: Counts) -> set[str]:
    """What small_cells.published leaves out of one row: the rule of the rights' rows, whose
    screenings are the period's total."""
    screenings, claimable, received, *_ = published(counts)
    if not screenings.isdigit():
        return set(QUANTITIES)
    if not claimable.isdigit():
        return set(HIDES[CLAIMABLE])
    if not received.isdigit():
        return set(HIDES[RECEIVED])
    return set()


def hidden_for_a_rate(counts: Counts) -> set[str]:
    """The row rule of the communes and the months, which keeps the rate where it can: when the
    screenings with nothing claimable are fewer than 10, the screenings are hidden, not the
    claimable (either one gives the other away). As in small_cells.published, every count under
    10 is hidden, and so is one of two nested counts that differ by less than 10."""
    s, c, r = counts.screenings, counts.claimable, counts.received
    if s < THRESHOLD:
        return set(QUANTITIES)
    no_rate = r < THRESHOLD or c - r < THRESHOLD
    hidden = set(HIDES[RECEIVED]) if no_rate else set()
    # Without a rate to keep, the screenings are the more telling count.
    if c < THRESHOLD or (s - c < THRESHOLD and no_rate):
        hidden |= HIDES[CLAIMABLE]
    elif s - c < THRESHOLD:
        hidden |= HIDES[SCREENINGS]
    return hidden


@dataclass
class Row:
    key: str                      # a commune id, a month (YYYY-MM) or a right id
    counts: Counts
    hidden: set[str] = field(default_factory=set)

    def hide(self, quantity: str) -> bool:
        """Hides `quantity` and what would give it back; True when something new was hidden."""
        before = len(self.hidden)
        self.hidden |= HIDES[quantity]
        return len(self.hidden) > before

    def cells(self) -> list[str]:
        """screenings, claimable, received, rate, then one share a reason (small_cells.published's
        shares): a count under 10 is "<10", a hidden one empty; the rate needs both its counts."""
        printed = []
        for quantity in (SCREENINGS, CLAIMABLE, RECEIVED):
            number = value(quantity, self.counts)
            printed.append(SMALL if number < THRESHOLD else "" if quantity in self.hidden else str(number))
        c, r = self.counts.claimable, self.counts.received
        shown = not self.hidden & {CLAIMABLE, RECEIVED, NOT_RECEIVED}
        printed.append(f"{(c - r) / c:.3f}" if shown else "")
        return printed + published(self.counts)[4:]

    def rate(self) -> float | None:
        """The estimated non-take-up rate, or None where it is not published."""
        shown = self.cells()[3]
        return float(shown) if shown else None


def protect_partition(rows: list[Row]) -> None:
    """Rows that together hold every screening once: for each quantity, what is hidden adds up to
    10 or more (or nothing is hidden), so that a total minus the rows shown never gives fewer."""
    changed = True
    while changed:
        changed = False
        for quantity in QUANTITIES:
            hidden = [value(quantity, row.counts) for row in rows if quantity in row.hidden]
            if hidden and sum(hidden) < THRESHOLD:
                shown = [row for row in rows if quantity not in row.hidden and value(quantity, row.counts) > 0]
                if shown:
                    changed = min(shown, key=lambda row: value(quantity, row.counts)).hide(quantity) or changed


Pair = tuple[Row, "Row | None"]   # a row with caseloads, and the same row without (None: none)


def _caseload_part(quantity: str, pair: Pair) -> int:
    shown, without = pair
    return value(quantity, shown.counts) - (value(quantity, without.counts) if without else 0)


def protect_pairs(pairs: list[Pair]) -> None:
    """A row holds the same row without the caseload records: a difference from 1 to 9 would give
    those few records, so the row with them hides it. Then what either page hides, the other hides
    too: a row left shown on one page would give the row hidden on the other."""
    for pair in pairs:
        shown, without = pair
        for quantity in QUANTITIES:
            if 0 < _caseload_part(quantity, pair) < THRESHOLD:
                shown.hide(quantity)
        if without:
            shown.hidden |= without.hidden
            without.hidden |= shown.hidden


def protect_caseload_remainders(pairs: list[Pair]) -> None:
    """The rows hidden on both pages: the caseload records among them (the remainder with
    caseloads minus the remainder without) must be none or 10 or more."""
    for quantity in QUANTITIES:
        hidden = [pair for pair in pairs if quantity in pair[0].hidden]
        if 0 < sum(_caseload_part(quantity, pair) for pair in hidden) < THRESHOLD:
            shown = [pair for pair in pairs if quantity not in pair[0].hidden and _caseload_part(quantity, pair) > 0]
            if shown:
                pair = min(shown, key=lambda pair: _caseload_part(quantity, pair))
                for row in pair:
                    if row:
                        row.hide(quantity)


def protect_rights(rights: list[Row], total: Counts) -> None:
    """A right's claimable screenings sit inside the screenings with some claimable right, and its
    claimable-not-received inside those with some right not received."""
    for row in rights:
        if total.claimable - row.counts.claimable < THRESHOLD:
            row.hide(CLAIMABLE)
        missed_any = total.claimable - total.received
        if missed_any - value(NOT_RECEIVED, row.counts) < THRESHOLD:
            row.hide(NOT_RECEIVED)


def as_counts(named: dict[str, int]) -> Counts:
    return Counts(named["screenings"], named["claimable"], named["received"], tuple(named[r] for r in REASONS))


def followed_of(named: dict[str, int]) -> tuple[int, ...]:
    """The follow-up's answers, by what came of the right (tables.FOLLOWED order)."""
    return tuple(named[f"followed_{outcome}"] for outcome in FOLLOWED)


def _add(a: Counts, b: Counts) -> Counts:
    return Counts(a.screenings + b.screenings, a.claimable + b.claimable, a.received + b.received,
                  tuple(x + y for x, y in zip(a.reasons, b.reasons)))


@dataclass(frozen=True)
class Filter:
    start: datetime.date | None = None
    end: datetime.date | None = None
    caseload: bool = True          # show the records of caseloads (source `caseload`)

    def sources(self) -> tuple[str, ...]:
        return SOURCES_WITH_CASELOAD if self.caseload else SOURCES_WITHOUT


def by_source(store: Store, chosen: Filter, dimension: str) -> dict[tuple[str, str], list[int]]:
    """Summed tallies (stats.SUMMED) per commune, month or right, and per source: one query."""
    return grouped(store, Query(chosen.start, chosen.end, (dimension, "source")))


def folded(sums: dict[tuple[str, str], list[int]], sources: tuple[str, ...]) -> dict[str, dict[str, int]]:
    """The sums of the sources asked, added up per key, by name."""
    found: dict[str, dict[str, int]] = {}
    for (key, source), numbers in sums.items():
        if source in sources:
            named = found.setdefault(key, dict.fromkeys(SUMMED, 0))
            for name, number in zip(SUMMED, numbers):
                named[name] += number
    return found


@dataclass
class PageNumbers:
    communes: list[Row]
    months: list[Row]
    rights: list[Row]
    total: Counts
    paired_total: Counts | None = None    # the total of the same page with or without the caseloads
    # Right id -> the follow-up's answers (tables.FOLLOWED order), for the rights followed up.
    followed: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def total_screenings(self) -> str:
        """The number of screenings of the period, unless it is under 10, or within 10 of the
        screenings with some claimable right (their total may be read off the communes), or 1 to
        9 more than the same total without the caseload records; else empty. The tables' hidden
        parts already add up to 10 or more."""
        t = self.total.screenings
        caseload = abs(t - self.paired_total.screenings) if self.paired_total else 0
        if t < THRESHOLD or t - self.total.claimable < THRESHOLD or 0 < caseload < THRESHOLD:
            return ""
        return str(t)


RULES = {"communes": hidden_for_a_rate, "months": hidden_for_a_rate, "rights": hidden_by_the_row_rule}


def _page(tables: dict[str, dict[str, Counts]]) -> PageNumbers:
    rows = {name: [Row(key, counts, rule(counts)) for key, counts in sorted(tables.get(name, {}).items())]
            for name, rule in RULES.items()}
    total = Counts(0, 0, 0, tuple(0 for _ in REASONS))
    for counts in tables.get("communes", {}).values():
        total = _add(total, counts)
    return PageNumbers(rows["communes"], rows["months"], rows["rights"], total)


def _hidden(pages: list[PageNumbers]) -> list[set[str]]:
    return [set(row.hidden) for page in pages for rows in (page.communes, page.months, page.rights) for row in rows]


def protected(communes: dict[str, Counts], months: dict[str, Counts], rights: dict[str, Counts],
              bases: dict[str, dict[str, Counts]] | None = None) -> PageNumbers:
    """The page's rows with every rule applied. `bases`: the same three tables without the
    caseload records; the page with them is then made safe together with the page without them
    (both can be asked for), and returned."""
    return protected_pages({"communes": communes, "months": months, "rights": rights}, bases)[0]


def protected_pages(tables: dict[str, dict[str, Counts]],
                    bases: dict[str, dict[str, Counts]] | None = None) -> list[PageNumbers]:
    """[the page] or, with `bases`, [the page with caseloads, the page without], every rule
    applied until none hides anything more (each pass only hides more: this ends)."""
    pages = [_page(tables)] + ([_page(bases)] if bases is not None else [])
    while True:
        before = _hidden(pages)
        if len(pages) == 2:
            for name in RULES:
                without = {row.key: row for row in getattr(pages[1], name)}
                pairs = [(row, without.get(row.key)) for row in getattr(pages[0], name)]
                protect_pairs(pairs)
                if name != "rights":
                    protect_caseload_remainders(pairs)
        for page in pages:
            protect_rights(page.rights, page.total)
            protect_partition(page.communes)
            protect_partition(page.months)
        if _hidden(pages) == before:
            break
    if len(pages) == 2:
        pages[0].paired_total, pages[1].paired_total = pages[1].total, pages[0].total
    return pages


def page_numbers(store: Store, chosen: Filter) -> PageNumbers:
    """Everything the dashboard publishes for one filter, read from the tallies. The pages with
    and without the caseload records are made safe together, whichever is asked for."""
    read = {f"{dimension}s": by_source(store, chosen, dimension) for dimension in ("commune", "month", "right")}
    named = {sources: {name: folded(sums, sources) for name, sums in read.items()}
             for sources in (SOURCES_WITH_CASELOAD, SOURCES_WITHOUT)}
    counted = {sources: {name: {key: as_counts(sums) for key, sums in table.items()} for name, table in tables.items()}
               for sources, tables in named.items()}
    pages = protected_pages(counted[SOURCES_WITH_CASELOAD], counted[SOURCES_WITHOUT])
    numbers = pages[0] if chosen.caseload else pages[1]
    rights = named[chosen.sources()]["rights"]
    numbers.followed = {right: followed_of(sums) for right, sums in rights.items() if sums["followed_up"]}
    return numbers
