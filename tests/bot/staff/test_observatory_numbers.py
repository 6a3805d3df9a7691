"""The page rules of the dashboard's small cells, one at a time, on numbers written by hand."""

from __future__ import annotations

from actions.observatory.small_cells import Counts
from bot.staff.observatory_numbers import (CLAIMABLE, NOT_CLAIMABLE, RECEIVED, SCREENINGS, Row, hidden_for_a_rate,
                                           protect_caseload_remainders, protect_pairs, protect_partition,
                                           protect_rights, protected)

NO_REASONS = (0, 0, 0)


def counts(s: int, c: int, r: int) -> Counts:
    return Counts(s, c, r, NO_REASONS)


def row(key: str, s: int, c: int, r: int) -> Row:
    return Row(key, counts(s, c, r), hidden_for_a_rate(counts(s, c, r)))


def test_a_commune_under_10_screenings_shows_only_small_counts_and_no_rate():
    assert row("forest", 7, 5, 1).cells()[:4] == ["<10", "<10", "<10", ""]


def test_a_commune_where_nearly_everyone_could_claim_hides_its_screenings_and_keeps_its_rate():
    # 4 screenings with nothing claimable: the screenings go, the claimable and the rate stay.
    assert row("jette", 104, 100, 30).cells()[:4] == ["", "100", "30", "0.700"]


def test_without_a_rate_to_keep_the_screenings_stay_and_the_claimable_goes():
    assert row("evere", 64, 60, 55).cells()[:4] == ["64", "", "", ""]


def test_a_commune_with_every_count_far_apart_shows_them_all():
    assert row("uccle", 200, 120, 40).cells()[:4] == ["200", "120", "40", "0.667"]


def test_a_total_minus_the_communes_shown_never_gives_fewer_than_10():
    rows = [row("anderlecht", 200, 120, 40), row("uccle", 150, 90, 30), row("koekelberg", 6, 3, 1)]
    protect_partition(rows)
    # The 6 of Koekelberg alone would be the total minus the others: Uccle, the smallest, goes too.
    assert [r.cells()[0] for r in rows] == ["200", "", "<10"]
    assert SCREENINGS in rows[1].hidden and NOT_CLAIMABLE in rows[1].hidden


def test_nothing_more_is_hidden_when_the_hidden_part_is_10_or_more():
    rows = [row("anderlecht", 200, 120, 40), row("uccle", 150, 90, 30), row("forest", 7, 3, 1),
            row("koekelberg", 6, 3, 1)]
    protect_partition(rows)
    assert [r.cells()[0] for r in rows] == ["200", "150", "<10", "<10"]


def test_with_caseloads_a_row_within_10_of_the_same_row_without_is_hidden():
    pairs = [(row("anderlecht", 205, 120, 40), row("anderlecht", 200, 120, 40)),
             (row("uccle", 150, 104, 30), row("uccle", 150, 100, 30))]
    protect_pairs(pairs)
    # Anderlecht: 5 caseload records, none with a claimable right: its screenings go.
    assert pairs[0][0].cells()[:4] == ["", "120", "40", "0.667"]
    # Uccle: 4 caseload records with a claimable right: the claimable go, and the rate with them.
    assert pairs[1][0].cells()[:4] == ["150", "", "", ""]


def test_what_one_page_hides_the_other_hides_too():
    # Without the caseloads Evere is hidden; with them it is the same row, which would show it.
    pairs = [(row("evere", 13, 13, 1), row("evere", 13, 13, 1))]
    pairs[0][1].hide(SCREENINGS)
    protect_pairs(pairs)
    assert pairs[0][0].cells()[0] == "" and pairs[0][1].cells()[0] == ""


def test_the_caseload_records_among_the_hidden_rows_are_none_or_10_or_more():
    pairs = [(row("anderlecht", 230, 150, 40), row("anderlecht", 200, 120, 40)),
             (row("forest", 12, 3, 1), row("forest", 8, 2, 1))]
    protect_pairs(pairs)  # Forest is hidden on both pages
    protect_caseload_remainders(pairs)
    # Forest's 4 caseload records would be the hidden remainder with them minus the one without.
    assert SCREENINGS in pairs[0][0].hidden and SCREENINGS in pairs[0][1].hidden


def test_a_right_claimable_for_almost_everyone_who_could_claim_something_is_hidden():
    rights = [Row("increased_reimbursement", counts(500, 395, 100)), Row("rent_allowance", counts(500, 60, 20))]
    protect_rights(rights, counts(500, 400, 150))
    assert CLAIMABLE in rights[0].hidden and RECEIVED in rights[0].hidden
    assert rights[1].hidden == set()


def test_the_period_total_is_printed_only_when_it_gives_nothing_small_away():
    communes = {"anderlecht": counts(200, 120, 40), "uccle": counts(150, 90, 30)}
    months = {"2026-01": counts(350, 210, 70)}
    assert protected(communes, months, {}).total_screenings() == "350"
    near = {"anderlecht": counts(200, 195, 40), "uccle": counts(150, 150, 30)}
    assert protected(near, {"2026-01": counts(350, 345, 70)}, {}).total_screenings() == ""
    bases = {"communes": {"anderlecht": counts(197, 120, 40), "uccle": counts(150, 90, 30)}}
    assert protected(communes, months, {}, bases).total_screenings() == ""
