"""The small-cell rule: no published number, and no difference between two published numbers of
one query, comes from fewer than 10 screenings.

Within a row the counts are nested: the claimable screenings are among the screenings, the
received among the claimable, and the rate gives claimable-not-received. So a count is printed
only when it is 10 or more *and* what separates it from the count it sits in is 10 or more too;
otherwise it is `<10` (the count itself is small) or empty (the count is not small, but the
difference would be). Rows of one query never hold one another (communes, rights, months and
sources are disjoint groups), so no difference across rows can single out a small group.
Pure: numbers in, strings out.
"""

from __future__ import annotations

from dataclasses import dataclass

THRESHOLD = 10
SMALL = "<10"


@dataclass(frozen=True)
class Counts:
    screenings: int
    claimable: int
    received: int
    reasons: tuple[int, ...]   # answers per reason, in tables.REASONS order


def _fraction(part: int, whole: int) -> str:
    return f"{part / whole:.3f}"


def published(counts: Counts) -> list[str]:
    """screenings, claimable, received, non-take-up rate, then one share a reason."""
    s, c, r = counts.screenings, counts.claimable, counts.received
    screenings = str(s) if s >= THRESHOLD else SMALL
    if c < THRESHOLD:
        claimable = SMALL
    else:
        claimable = str(c) if s - c >= THRESHOLD else ""
    if r < THRESHOLD:
        received = SMALL
    else:
        received = str(r) if claimable not in (SMALL, "") and c - r >= THRESHOLD else ""
    # The rate with the claimable count gives claimable-not-received: both ends must hold.
    rate = _fraction(c - r, c) if received not in (SMALL, "") else ""
    # The shares of the reasons add up to one: printing all but one would print that one too.
    # So they are printed together, when every reason comes from 10 answers or more, or not at all.
    answered = sum(counts.reasons)
    together = all(k >= THRESHOLD for k in counts.reasons)
    shares = [_fraction(k, answered) if together else "" for k in counts.reasons]
    return [screenings, claimable, received, rate, *shares]


def followed_shares(followed: tuple[int, ...]) -> list[str]:
    """The follow-up's outcomes (received, waiting, refused, not asked, in tables.FOLLOWED order)
    as shares of the rights followed up: received, waiting and refused are printed. With not
    asked they add up to one, so, as for the reasons, all four must come from 10 answers or more,
    or none is printed."""
    answered = sum(followed)
    together = answered > 0 and all(k >= THRESHOLD for k in followed)
    return [_fraction(k, answered) if together else "" for k in followed[:3]]
