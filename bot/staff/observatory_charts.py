"""The dashboard's bar charts as inline SVG (no script, no style attribute: the page's policy
allows neither). Each chart is an image labelled by its heading, and its table follows it.

Each bar has its value written at its end, so no number rests on the bar's length alone; the
reasons' three parts differ by pattern as well as by colour. Pure: values in, markup out.
"""

from __future__ import annotations

from html import escape

from actions.i18n import say
from bot.staff.observatory_words import shown_share

LABEL_WIDTH, BAR_WIDTH, VALUE_WIDTH = 300, 380, 80
ROW_HEIGHT, BAR_HEIGHT = 26, 18
INK, BAR = "#1a1a1a", "#0b5394"
# Solid, stripes and dots: the reasons apart without colour.
PATTERNS = (
    ("reason-a", '<rect width="8" height="8" fill="#0b5394"/>'),
    ("reason-b", '<rect width="8" height="8" fill="#ffffff"/><path d="M0 8L8 0M-2 2L2 -2M6 10L10 6" '
                 'stroke="#b45f06" stroke-width="2.5"/>'),
    ("reason-c", '<rect width="8" height="8" fill="#d9e4f0"/><circle cx="4" cy="4" r="1.8" fill="#1a1a1a"/>'),
)


def _frame(height: int, labelled_by: str, title: str, inner: str, defs: str = "") -> str:
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{labelled_by} '
            f'{labelled_by}-note"><title id="{labelled_by}-note">{escape(title)}</title>{defs}{inner}</svg>')


def _label(y: float, text: str) -> str:
    return (f'<text x="{LABEL_WIDTH - 8}" y="{y + BAR_HEIGHT - 4}" text-anchor="end" font-size="13" '
            f'fill="{INK}">{escape(text)}</text>')


def rate_bars(items: list[tuple[str, float | None]], language: str, labelled_by: str) -> str:
    """One bar a label, its length the rate (0 to 1); a rate not published is written as a dash."""
    parts = []
    for index, (label, rate) in enumerate(items):
        y = index * ROW_HEIGHT + 4
        parts.append(_label(y, label))
        length = round(BAR_WIDTH * (rate or 0), 1)
        if rate is not None and length:
            parts.append(f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:g}" height="{BAR_HEIGHT}" fill="{BAR}"/>')
        shown = shown_share(f"{rate}" if rate is not None else "", language)
        parts.append(f'<text x="{LABEL_WIDTH + length + 6:g}" y="{y + BAR_HEIGHT - 4}" font-size="13" '
                     f'fill="{INK}">{escape(shown)}</text>')
    title = say(language, "Bar chart. The same numbers are in the table below.")
    return _frame(len(items) * ROW_HEIGHT + 8, labelled_by, title, "".join(parts))


def share_bars(items: list[tuple[str, list[float] | None]], names: list[str], language: str,
               labelled_by: str) -> str:
    """One bar a label cut into the shares of `names` (they add up to 1); None: not published."""
    defs = "<defs>" + "".join(f'<pattern id="{labelled_by}-{pid}" width="8" height="8" patternUnits="userSpaceOnUse">'
                              f'{shape}</pattern>' for pid, shape in PATTERNS) + "</defs>"
    parts = []
    for index, (label, shares) in enumerate(items):
        y = index * ROW_HEIGHT + 4
        parts.append(_label(y, label))
        if shares is None:
            parts.append(f'<text x="{LABEL_WIDTH + 6}" y="{y + BAR_HEIGHT - 4}" font-size="13" fill="{INK}">–</text>')
            continue
        x = float(LABEL_WIDTH)
        for (pid, _), share in zip(PATTERNS, shares):
            length = BAR_WIDTH * share
            if length > 0:
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" '
                             f'fill="url(#{labelled_by}-{pid})" stroke="{INK}" stroke-width="0.5"/>')
            x += length
    title = say(language, "Bar chart. The same numbers are in the table below.")
    chart = _frame(len(items) * ROW_HEIGHT + 8, labelled_by, title, "".join(parts), defs)
    return chart + pattern_legend(names, labelled_by)


def pattern_legend(names: list[str], labelled_by: str) -> str:
    """The key of the parts: each pattern beside its name."""
    items = []
    for (pid, shape), name in zip(PATTERNS, names):
        items.append(f'<li><svg width="24" height="16" aria-hidden="true" focusable="false"><defs>'
                     f'<pattern id="{labelled_by}-key-{pid}" width="8" height="8" patternUnits="userSpaceOnUse">'
                     f'{shape}</pattern></defs><rect width="24" height="16" fill="url(#{labelled_by}-key-{pid})" '
                     f'stroke="{INK}"/></svg> {escape(name)}</li>')
    return f'<ul class="legend">{"".join(items)}</ul>'
