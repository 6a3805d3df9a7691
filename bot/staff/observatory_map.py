"""The map of the 19 communes as inline SVG: a tile grid, one square a commune.

No shapes file of the communes could be used here: none was found offline with a licence that
clearly allows copying it into the repository, and the page may load nothing from elsewhere. So
each commune is one tile, placed roughly where it lies (north at the top), and labelled with its
name. The colour gives the estimated non-take-up rate in five steps, and the rate is also written
in the tile, so that nothing rests on colour alone; a commune under 10 screenings shows "<10" and
no colour, one whose rate is not published a dash and no colour. The table beside the map holds
the same numbers. Pure: rows in, markup out.
"""

from __future__ import annotations

from html import escape

from actions.i18n import say
from bot.staff.observatory_numbers import Row
from bot.staff.observatory_words import commune_name, shown_share

# (column, row) of each commune's tile, north at the top, west on the left.
TILES = {
    "ganshoren": (1, 0), "jette": (2, 0), "bruxelles": (3, 0), "schaerbeek": (4, 0), "evere": (5, 0),
    "berchem_sainte_agathe": (0, 1), "koekelberg": (1, 1), "molenbeek": (2, 1), "saint_josse": (3, 1),
    "etterbeek": (4, 1), "woluwe_saint_lambert": (5, 1),
    "anderlecht": (1, 2), "saint_gilles": (2, 2), "ixelles": (3, 2), "auderghem": (4, 2),
    "woluwe_saint_pierre": (5, 2),
    "forest": (2, 3), "uccle": (3, 3), "watermael_boitsfort": (4, 3),
}
WIDTH, HEIGHT, GAP = 132, 84, 6
LINE = 15
# Light to dark blue; the two darkest carry white text. Each pair passes WCAG AA contrast (4.5:1).
STEPS = (("#eff3ff", "#1a1a1a"), ("#bdd7e7", "#1a1a1a"), ("#6baed6", "#1a1a1a"), ("#2171b5", "#ffffff"),
         ("#08306b", "#ffffff"))
NO_COLOUR = ("#ffffff", "#1a1a1a")


def step(rate: float) -> int:
    """0 for under 20 %, ... 4 for 80 % and more."""
    return min(int(rate * 5), 4)


def name_lines(name: str, longest: int = 16) -> list[str]:
    """The name cut after its hyphens into lines that fit a tile."""
    lines, current = [], ""
    for part in name.replace("-", "-\n").split("\n"):
        if current and len(current) + len(part) > longest:
            lines.append(current)
            current = part
        else:
            current += part
    return [*lines, current]


def _tile(row: Row | None, commune: str, language: str) -> str:
    column, line = TILES[commune]
    x, y = column * (WIDTH + GAP), line * (HEIGHT + GAP)
    rate = row.rate() if row else None
    screenings = row.cells()[0] if row else ""
    if rate is not None:
        fill, ink = STEPS[step(rate)]
        shown = shown_share(f"{rate}", language)
    else:
        fill, ink = NO_COLOUR
        shown = "<10" if (not row or screenings == "<10") else "–"
    names = name_lines(commune_name(commune, language))
    texts = "".join(f'<tspan x="{x + WIDTH / 2:g}" dy="{LINE if i else 0}">{escape(part)}</tspan>'
                    for i, part in enumerate(names))
    top = y + HEIGHT / 2 - (len(names) * LINE) / 2 + 4
    dash = ' stroke-dasharray="4 3"' if rate is None else ""
    return (f'<g><rect x="{x}" y="{y}" width="{WIDTH}" height="{HEIGHT}" rx="4" fill="{fill}" '
            f'stroke="#4d5b6b"{dash}/>'
            f'<text x="{x + WIDTH / 2:g}" y="{top:g}" fill="{ink}" text-anchor="middle" font-size="13">{texts}</text>'
            f'<text x="{x + WIDTH / 2:g}" y="{top + len(names) * LINE + 4:g}" fill="{ink}" text-anchor="middle" '
            f'font-size="15" font-weight="700">{escape(shown)}</text></g>')


def legend(language: str) -> str:
    """The steps as a list: a swatch and its range in words, then what no colour means."""
    items = []
    for index, (fill, _) in enumerate(STEPS):
        low, high = index * 20, (index + 1) * 20
        words = say(language, "From {low} to {high} %", low=low, high=high) if index < 4 else \
            say(language, "{low} % or more", low=low)
        items.append(f'<li><svg width="24" height="16" aria-hidden="true" focusable="false">'
                     f'<rect width="24" height="16" fill="{fill}" stroke="#4d5b6b"/></svg> {escape(words)}</li>')
    blank = say(language, "No colour: fewer than 10 screenings, or not published.")
    items.append('<li><svg width="24" height="16" aria-hidden="true" focusable="false">'
                 '<rect x="1" y="1" width="22" height="14" fill="#ffffff" stroke="#4d5b6b" stroke-dasharray="4 3"/>'
                 f'</svg> {escape(blank)}</li>')
    return f'<ul class="legend">{"".join(items)}</ul>'


def commune_map(rows: list[Row], language: str, labelled_by: str) -> str:
    """The SVG, labelled by the heading whose id is `labelled_by`; its table follows it on the page."""
    found = {row.key: row for row in rows}
    columns = 1 + max(c for c, _ in TILES.values())
    lines = 1 + max(r for _, r in TILES.values())
    width, height = columns * (WIDTH + GAP) - GAP, lines * (HEIGHT + GAP) - GAP
    title = say(language, "Map of the 19 communes. The same numbers are in the table below.")
    tiles = "".join(_tile(found.get(commune), commune, language) for commune in TILES)
    return (f'<svg class="map" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{labelled_by} map-title">'
            f'<title id="map-title">{escape(title)}</title>{tiles}</svg>')
