"""The observatory's tables as the latest migration leaves them (migrations/versions/).

- `screenings`: one row a consenting screening, one column a right holding its status (a wide
  row: a screening is written once and never joined), and one `outcome_<right>` column a right:
  received, waiting or refused, from a refusal or a wait the person told during the screening
  (the `claims` slot), and later from the follow-up's answers (then also not_asked, with
  `why_not_asked_<right>`, and `followed_up` true); empty otherwise.
- `reasons`: one row a right asked about and answered; not linked to its screening, on purpose.
- `tallies`: the counts `make stats` reads, per week, source, commune and right, kept up to date
  in the same transaction as each record; `right = 'any'` counts the screenings themselves.
  `followed_*` count the follow-up's answers, one a right answered (in `any` too).
  Summing a few thousand tallies is what keeps a query over a million records well under 2 s.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, Integer, MetaData, String, Table

from actions.eligibility.enums import RIGHT_IDS

ANY_RIGHT = "any"
REASONS = ("not_known", "not_asked", "not_received")  # non-connaissance, non-demande, non-réception
COUNTS = ("screenings", "claimable", "received", *REASONS)
# The follow-up's answers (issue 15, migration 0003): rights followed up, and what came of them.
FOLLOWED = ("received", "waiting", "refused", "not_asked")
OUTCOME_COUNTS = ("followed_up", *(f"followed_{outcome}" for outcome in FOLLOWED))

metadata = MetaData()


def _when_and_where(key: bool = False) -> tuple[Column, ...]:
    """The week (its Monday), the source (conversation or caseload) and the commune: every table
    is cut by these, and the tallies are keyed by them."""
    return (Column("week", Date, primary_key=key, nullable=False, index=not key),
            Column("source", String(12), primary_key=key, nullable=False),
            Column("commune", String(24), primary_key=key, nullable=False))


screenings = Table(
    "screenings", metadata,
    Column("id", String(32), primary_key=True),   # random: says nothing of the order of arrival
    *_when_and_where(),
    Column("channel", String(12), nullable=False),
    Column("audience", String(9), nullable=False),
    Column("language", String(7), nullable=False),
    Column("age_band", String(8), nullable=False),
    Column("household", String(13), nullable=False),
    Column("children_band", String(7), nullable=False),
    *(Column(right, String(17), nullable=False) for right in RIGHT_IDS),
    *(Column(f"outcome_{right}", String(9)) for right in RIGHT_IDS),
    # Why a right was not asked, told at the follow-up: too_complicated, did_not_dare, no_time, not_for_me.
    *(Column(f"why_not_asked_{right}", String(15)) for right in RIGHT_IDS),
    Column("followed_up", Boolean),   # true once the follow-up of day 14 got answers
)

reasons = Table(
    "reasons", metadata,
    Column("id", String(32), primary_key=True),
    *_when_and_where(),
    Column("right", String(40), nullable=False),
    Column("reason", String(12), nullable=False),
)

tallies = Table(
    "tallies", metadata,
    *_when_and_where(key=True),
    Column("right", String(40), primary_key=True),
    *(Column(name, Integer, nullable=False, server_default="0") for name in COUNTS),
    *(Column(name, Integer, nullable=False, server_default="0") for name in OUTCOME_COUNTS),
)
