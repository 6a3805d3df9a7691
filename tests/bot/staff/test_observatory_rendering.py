"""The dashboard's markup as pure functions: the map's tiles, the charts, the tables and their
CSV, the filter, and the page in French and Dutch."""

from __future__ import annotations

import csv
import datetime
import io
import re

import pytest

from actions.observatory.small_cells import Counts
from bot.staff.observatory_map import NO_COLOUR, STEPS, TILES, commune_map, legend, name_lines
from bot.staff.observatory_numbers import Filter, protected
from bot.staff.observatory_page import FilterError, content, filter_from, filter_query
from bot.staff.observatory_tables import page_tables

REASONS_OF_20 = (20, 30, 50)


def numbers():
    communes = {"anderlecht": Counts(200, 120, 40, REASONS_OF_20), "uccle": Counts(150, 90, 30, REASONS_OF_20),
                "forest": Counts(7, 3, 1, (0, 0, 0)), "koekelberg": Counts(6, 3, 1, (0, 0, 0))}
    months = {"2026-01": Counts(190, 110, 40, REASONS_OF_20), "2026-02": Counts(173, 106, 32, REASONS_OF_20)}
    rights = {"integration_income": Counts(363, 80, 20, REASONS_OF_20), "rent_allowance": Counts(363, 12, 2, (1, 2, 3))}
    return protected(communes, months, rights)


def test_the_map_has_one_tile_for_each_of_the_19_communes_with_its_name():
    svg = commune_map(numbers().communes, "fr", "heading")
    assert len(TILES) == 19 and svg.count("<rect") == 19
    for name in ("Anderlecht", "Uccle", "Koekelberg", "Woluwe-Saint-", "Lambert", "Watermael-"):
        assert name in svg
    assert 'role="img"' in svg and "<title" in svg


def test_a_tile_writes_its_rate_and_is_coloured_by_its_step():
    svg = commune_map(numbers().communes, "fr", "heading")
    anderlecht = re.search(r'<g><rect[^>]*fill="([^"]+)"[^<]*/>(?:(?!</g>).)*Anderlecht(?:(?!</g>).)*</g>', svg).group(0)
    assert "67\u00a0%" in anderlecht  # 80 of 120 not received, written in the tile
    assert f'fill="{STEPS[3][0]}"' in anderlecht


def test_a_commune_under_10_screenings_shows_less_than_10_and_no_colour():
    svg = commune_map(numbers().communes, "nl", "heading")
    koekelberg = re.search(r"<g>(?:(?!</g>).)*Koekelberg(?:(?!</g>).)*</g>", svg).group(0)
    assert "&lt;10" in koekelberg and f'fill="{NO_COLOUR[0]}"' in koekelberg
    jette = re.search(r"<g>(?:(?!</g>).)*Jette(?:(?!</g>).)*</g>", svg).group(0)  # no screening at all
    assert f'fill="{NO_COLOUR[0]}"' in jette


def test_the_legend_says_each_step_in_words_and_what_no_colour_means():
    words = re.sub(r"<[^>]+>", "", legend("fr"))
    assert "De 0 à 20 %" in words and "80 % ou plus" in words and "Sans couleur" in words


def test_long_names_are_cut_after_a_hyphen_to_fit_a_tile():
    assert name_lines("Sint-Lambrechts-Woluwe") == ["Sint-Lambrechts-", "Woluwe"]
    assert name_lines("Jette") == ["Jette"]


def test_every_table_has_a_caption_column_headers_and_row_headers():
    for table in page_tables(numbers(), "fr").values():
        markup = table.html("fr")
        assert "<caption>" in markup and 'scope="col"' in markup
        assert markup.count('scope="row"') == len(table.rows)


def test_the_csv_prints_small_counts_as_less_than_10_and_leaves_their_rate_empty():
    rows = list(csv.reader(io.StringIO(page_tables(numbers(), "fr")["communes"].csv())))
    assert rows[0] == ["commune", "name", "screenings", "claimable", "received", "non_take_up_rate"]
    koekelberg = next(row for row in rows if row[0] == "koekelberg")
    assert koekelberg[2:] == ["<10", "<10", "<10", ""]
    anderlecht = next(row for row in rows if row[0] == "anderlecht")
    assert anderlecht[2:] == ["200", "120", "40", "0.667"]


def test_the_outcomes_table_comes_only_when_the_follow_up_has_answers():
    assert "outcomes" not in page_tables(numbers(), "fr")
    followed = numbers()
    followed.followed = {"integration_income": (12, 15, 10, 13), "rent_allowance": (3, 1, 0, 0)}
    table = page_tables(followed, "nl")["outcomes"]
    assert table.columns[0][0] == "followed_received_share"
    assert [cells for _, _, cells in table.rows] == [["0.240", "0.300", "0.200"], ["", "", ""]]


@pytest.mark.parametrize("language, words, english", [
    ("fr", ["Non-recours par commune", "Télécharger ce tableau", "Conversations seulement", "Bilans"],
     ["Non-take-up", "Download"]),
    ("nl", ["Niet-gebruik per gemeente", "Deze tabel downloaden", "Alleen gesprekken", "Gemeente"],
     ["Non-take-up", "Download"]),
])
def test_the_page_speaks_the_language_of_its_path(language, words, english):
    page = content(numbers(), Filter(), language)
    for word in words:
        assert word in page
    for word in english:
        assert word not in page
    other = "/observatorium" if language == "fr" else "/observatoire"
    assert f'href="{other}?records=all"' in page


def test_the_download_links_carry_the_filter():
    chosen = Filter(datetime.date(2026, 1, 1), datetime.date(2026, 2, 28), caseload=False)
    page = content(numbers(), chosen, "fr")
    assert 'href="/observatoire/communes.csv?from=2026-01-01&amp;to=2026-02-28&amp;records=conversations"' in page
    assert 'value="conversations" checked' in page


def test_the_filter_reads_the_address_and_refuses_a_bad_date_in_one_line():
    chosen = filter_from({"from": "2026-01-01", "records": "conversations"}, "fr")
    assert chosen == Filter(datetime.date(2026, 1, 1), None, caseload=False)
    assert filter_query(chosen) == {"from": "2026-01-01", "records": "conversations"}
    with pytest.raises(FilterError, match="2026-01-31"):
        filter_from({"to": "31/01/2026"}, "fr")
    with pytest.raises(FilterError):
        filter_from({"from": "2026-03-01", "to": "2026-01-01"}, "nl")
    with pytest.raises(FilterError):
        filter_from({"records": "everything"}, "nl")
