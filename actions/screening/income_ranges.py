"""Income ranges as buttons, whose edges are the ceilings that matter for this household now.

Typing an exact amount is hard for many people; choosing a range is easier (mRelief's SMS
screener found the same), and a range between two ceilings is all the engine needs. The engine
is asked the status of every right of the profile on a grid of incomes; where a right changes
status (clearly under, near, clearly over its ceiling), the middle of its change is one edge.
A chosen range is stored as its middle, and the result's amounts say "up to" anyway.
"""

from __future__ import annotations

from actions.eligibility.engine import CAP_SCREEN, statuses_of

GRID_STEP = 50      # euros a month: the ranges' edges are round to this
GRID_TOP = 5000     # above this no income-tested right of the engine changes any more
MAX_EDGES = 4       # five buttons at most, plus "I don't know" and "I'd rather not say"
MIN_GAP = 0.15      # two edges closer than this share are one for the person
PREFIX = "range:"


def edges(profile: dict) -> list[int]:
    """The incomes a month at which some right of this profile changes, rounded and spaced."""
    grid = list(range(0, GRID_TOP + 1, GRID_STEP))
    # Where a ceiling lies needs the statuses, not their certainty: the caseload's coarser
    # sampling of unknown answers keeps this under a tenth of a second.
    rows = statuses_of([dict(profile, monthly_income=float(m)) for m in grid], cap=CAP_SCREEN)
    changes: dict[str, list[int]] = {}
    for before, after, income in zip(rows, rows[1:], grid[1:]):
        for right, status in after.items():
            if status != before[right]:
                changes.setdefault(right, []).append(income)
    found = sorted({round((points[0] + points[-1]) / 2 / GRID_STEP) * GRID_STEP for points in changes.values()})
    kept: list[int] = []
    for edge in found:
        if edge > 0 and (not kept or edge >= kept[-1] * (1 + MIN_GAP)):
            kept.append(edge)
    return kept[:MAX_EDGES]


def ranges(profile: dict) -> list[tuple[int, int | None]]:
    """(low, high) monthly ranges between the edges; the last has no top (None)."""
    cuts = edges(profile)
    if not cuts:
        return []
    bounds = [0, *cuts]
    return [(low, high) for low, high in zip(bounds, cuts)] + [(cuts[-1], None)]


def value(low: int, high: int | None) -> str:
    return f"{PREFIX}{low}-{'' if high is None else high}"


def amount(option: str) -> float | None:
    """The income a range button stands for: its middle (a quarter above the last edge)."""
    if not option.startswith(PREFIX):
        return None
    low, _, high = option[len(PREFIX):].partition("-")
    try:
        low_value = float(low)
        return (low_value + float(high)) / 2 if high else low_value * 1.25
    except ValueError:
        return None
